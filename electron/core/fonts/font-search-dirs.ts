import { posix, win32 } from 'node:path';

const join = posix.join;

/** Environment variables that locate font folders. */
export interface FontEnv {
  readonly WINDIR?: string;
  readonly LOCALAPPDATA?: string;
  readonly HOME?: string;
}

/** Default folders holding installed fonts on each operating system (Windows, Linux incl. UOS/Kylin, macOS). */
export function fontSearchDirs(platform: string, env: FontEnv): string[] {
  if (platform === 'win32') return windowsDirs(env);
  if (platform === 'darwin') return macDirs(env);
  return linuxDirs(env);
}

function windowsDirs(env: FontEnv): string[] {
  const system = win32.join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
  return env.LOCALAPPDATA ? [system, win32.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [system];
}

function linuxDirs(env: FontEnv): string[] {
  const home = env.HOME ? [join(env.HOME, '.fonts'), join(env.HOME, '.local', 'share', 'fonts')] : [];
  return ['/usr/share/fonts', '/usr/local/share/fonts', ...home];
}

function macDirs(env: FontEnv): string[] {
  const home = env.HOME ? [join(env.HOME, 'Library', 'Fonts')] : [];
  return ['/Library/Fonts', '/System/Library/Fonts', ...home];
}
