/**
 * App-wide hardening, applied to every webContents as it is created (Electron security checklist:
 * #13 disable or limit navigation, #14 disable or limit creation of new windows, #5 handle permission
 * requests, #12 verify webview options — here: refuse webviews outright).
 */
import { app, type Session, type WebContents } from 'electron';

/** Hardens every webContents the app will ever create. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

/** No navigation away from our page, no new windows, no webviews. */
export function hardenContents(contents: WebContents): void {
  // The page is a single-page app: it never navigates, so any navigation (a dropped file, a link) is refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, microphone, notifications, geolocation…: every request and check is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
