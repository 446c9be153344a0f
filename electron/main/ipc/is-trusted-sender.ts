/**
 * Who may call a handler: only the main frame of our own window showing our own page. A frame that navigated
 * elsewhere, a subframe (the PDF preview), or any other webContents is refused (Electron security checklist
 * #17, "validate the sender of all IPC messages"). Our page lives on app://renderer/ (never file://, which any
 * local HTML file shares).
 */
import { APP_HOST, APP_SCHEME } from '../protocol/app-scheme.ts';

/** The parts of an IpcMainInvokeEvent the check reads (so it can be tested without Electron). */
export interface IpcSenderInfo {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The window we trust: its webContents id and the URL of the page we loaded into it. */
export interface TrustedPage {
  readonly webContentsId: number;
  readonly url: string;
}

/** True only for the main frame of the trusted webContents showing the trusted page. */
export function isTrustedSender(event: IpcSenderInfo, page: TrustedPage | null): boolean {
  const frame = event.senderFrame;
  if (page === null || frame === null || frame.parent !== null) return false;
  if (!onAppOrigin(frame.url)) return false;
  return event.sender.id === page.webContentsId && withoutHash(frame.url) === withoutHash(page.url);
}

function onAppOrigin(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}://${APP_HOST}/`);
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
