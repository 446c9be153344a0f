/**
 * The app's name and data folder, fixed before `ready`: the same folder whether started with `npm start`
 * or installed (electron-builder would otherwise derive it from productName), so an installed copy finds
 * the data a trial run created. The Windows AppUserModelID matches electron-builder's appId.
 */
import { app } from 'electron';
import { join } from 'node:path';

/** Must run before the app is ready. */
export function setupAppIdentity(): void {
  app.setName('血站季报');
  app.setPath('userData', join(app.getPath('appData'), 'blood-brief'));
  if (process.platform === 'win32') app.setAppUserModelId('cn.bloodstation.bloodbrief');
}
