/** What the handler map is built over: the store, the core, the clock, dialogs, the allow-set and progress. */
import type { Store } from '../../core/store/store.ts';
import type { Progress } from '../../shared/ipc-contract.ts';
import type { AllowedPaths } from '../allowed-paths.ts';
import type { CoreApi } from '../core-api.ts';
import type { Dialogs } from '../dialogs.ts';

/** The dependencies of every handler; Electron-free so tests build them directly. */
export interface HandlerDeps {
  readonly store: Store;
  readonly core: CoreApi;
  readonly now: () => Date;
  readonly dialogs: Dialogs;
  readonly allowed: AllowedPaths;
  /** Sends progress of long work to the window. */
  readonly push: (progress: Progress) => void;
  readonly version: string;
  readonly dataFolder: string;
}
