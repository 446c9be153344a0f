/**
 * The dialogs and shell actions handlers need, as an interface: Electron implements it in electron-dialogs.ts,
 * tests with a scripted fake. Every method resolves to null / [] when the user cancels.
 */

/** What a file dialog is for: decides its title and file filter. */
export type OpenPurpose = 'profile' | 'population' | 'backup';
/** What a save dialog is for. */
export type SavePurpose = 'pdf' | 'xlsx' | 'profile' | 'backup';

/** Native dialogs and the shell, as the handlers see them. */
export interface Dialogs {
  /** Asks for input spreadsheets (several files) or one folder of them. */
  chooseInputs(mode: 'files' | 'folder', defaultPath: string | undefined): Promise<string[]>;
  /** Asks for one file to read. */
  chooseFile(purpose: OpenPurpose, defaultPath: string | undefined): Promise<string | null>;
  /** Asks for a folder to write into. */
  chooseFolder(defaultPath: string | undefined): Promise<string | null>;
  /** Asks where to save; `defaultPath` carries the suggested file name. */
  saveFile(purpose: SavePurpose, defaultPath: string): Promise<string | null>;
  /** Opens a written file with the system's default application. */
  openPath(path: string): Promise<void>;
}
