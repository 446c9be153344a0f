/**
 * The renderer's origin: app://renderer/. A custom standard, secure scheme instead of file:// (Electron
 * security checklist #18), so the page gets a real origin of its own and file:// needs no extra privileges.
 */

/** The scheme the renderer is served from. */
export const APP_SCHEME = 'app';

/** The one host the scheme answers to. */
export const APP_HOST = 'renderer';

/** The page loaded into the window: the only page allowed to call IPC. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
