import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fontSearchDirs } from '../../../electron/core/fonts/font-search-dirs.ts';

test('Windows looks in the system and per-user font folders', () => {
  assert.deepEqual(fontSearchDirs('win32', { WINDIR: 'D:\\WINDOWS', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' }),
    ['D:\\WINDOWS\\Fonts', 'C:\\Users\\li\\AppData\\Local\\Microsoft\\Windows\\Fonts']);
  assert.deepEqual(fontSearchDirs('win32', {}), ['C:\\Windows\\Fonts']);
});

test('Linux (UOS, Kylin) looks in the shared and per-user font folders', () => {
  assert.deepEqual(fontSearchDirs('linux', { HOME: '/home/li' }),
    ['/usr/share/fonts', '/usr/local/share/fonts', '/home/li/.fonts', '/home/li/.local/share/fonts']);
});
