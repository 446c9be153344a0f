/**
 * What an import batch reports, per file: types only, so the desktop window's contract can share them
 * without pulling the parser (and Node) into the renderer.
 */
import type { Problem } from '../model.ts';
import type { Conflict } from '../store/store.ts';

/** What happened to one file of a batch. */
export type FileStatus = 'imported' | 'unchanged' | 'rejected' | 'conflict';

/** The outcome of one file, for the CLI's lines and the app's result list. */
export interface FileReport {
  readonly file: string;
  readonly status: FileStatus;
  readonly problems: readonly Problem[];
  readonly conflicts: readonly (Conflict & { readonly message: string })[];
  readonly notices: readonly Problem[];
  readonly counties: readonly string[];
  readonly hospitals: readonly string[];
  readonly months: readonly string[];
  readonly collections: number;
  readonly supplies: number;
  /** County- or hospital-months newly stored, and replaced (old versions kept in history). */
  readonly added: number;
  readonly replaced: number;
}

/** The outcome of a batch; `ok` is false when any file was rejected or conflicted. */
export interface ImportReport {
  readonly files: readonly FileReport[];
  readonly ok: boolean;
}
