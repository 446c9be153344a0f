import type { QuarterId } from '../core/model.ts';

/** Options every data command shares: where the profile, the database and the inputs are. */
export interface DataOptions {
  readonly profile: string;
  readonly db: string | null;
  readonly inputs: readonly string[];
}

/** Options of the commands that write a quarter's output. */
export interface QuarterOptions extends DataOptions {
  readonly quarter: QuarterId;
  readonly out: string;
}

/** A parsed command line: one variant per command of the public CLI contract. */
export type Command =
  | ({ readonly name: 'import'; readonly replace: boolean } & DataOptions)
  | ({ readonly name: 'report'; readonly json: string | null; readonly settings: string | null; readonly issue: number | null; readonly date: string | null } & QuarterOptions)
  | ({ readonly name: 'tables' } & QuarterOptions)
  | { readonly name: 'template'; readonly out: string; readonly profile: string | null }
  | { readonly name: 'settings'; readonly out: string; readonly profile: string | null }
  | { readonly name: 'demo'; readonly out: string }
  | { readonly name: 'backup'; readonly db: string; readonly out: string }
  | { readonly name: 'restore'; readonly db: string; readonly from: string }
  | { readonly name: 'imports'; readonly db: string }
  | { readonly name: 'delete-import'; readonly db: string; readonly importId: number; readonly yes: boolean }
  | { readonly name: 'versions'; readonly db: string; readonly kind: 'collection' | 'supply'; readonly subject: string; readonly month: string }
  | { readonly name: 'restore-version'; readonly db: string; readonly kind: 'collection' | 'supply'; readonly versionId: number; readonly yes: boolean }
  | { readonly name: 'undo'; readonly db: string }
  | { readonly name: 'redo'; readonly db: string }
  | { readonly name: 'acts'; readonly db: string }
  | { readonly name: 'archive'; readonly db: string }
  | { readonly name: 'reissue'; readonly db: string; readonly issueId: number; readonly out: string }
  | { readonly name: 'help' };

/** A command plus the clock it was given (--now, else SOURCE_DATE_EPOCH); null means "use the real time". */
export interface Invocation {
  readonly command: Command;
  readonly now: Date | null;
}
