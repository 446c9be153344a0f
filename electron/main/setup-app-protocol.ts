/**
 * The app:// scheme (Electron security checklist #18, "use a custom protocol instead of file://"): declared
 * privileged before `ready` — standard (a real origin, relative URLs), secure (like https: for CSP and
 * cookies), fetch allowed — then answered from the built renderer folder only.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './protocol/app-scheme.ts';
import { serveAppRequest } from './protocol/serve-app-request.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves app://renderer/… from `root` (build/renderer); must run after `ready`. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, root));
}
