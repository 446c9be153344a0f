/** What the handler map is built over: the store, the core, the clock, dialogs, the allow-set and progress. */
import type { Store } from '../../core/core-api.ts';
import type { Progress } from '../../shared/ipc-contract.ts';
import type { AllowedPaths } from '../allowed-paths.ts';
import type { AppCore } from '../app-core.ts';
import type { Dialogs } from '../dialogs.ts';

/** The dependencies of every handler; Electron-free so tests build them directly. */
export interface HandlerDeps {
  readonly store: Store;
  readonly core: AppCore;
  readonly now: () => Date;
  readonly dialogs: Dialogs;
  readonly allowed: AllowedPaths;
  /** Sends progress of long work to the window. */
  readonly push: (progress: Progress) => void;
  readonly version: string;
  readonly dataFolder: string;
  /** The database file (backups are made of it and beside it); absent for an in-memory store. */
  readonly databaseFile?: string;
}
