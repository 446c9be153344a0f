/**
 * The one place that picks the browser for the UI tests, and launches it headless through playwright-core
 * with a fresh profile and no network side traffic:
 * 1. `BLOOD_BRIEF_BROWSER` when set: a path to a Chromium-family executable, or `msedge` / `chrome` for an
 *    installed Edge or Chrome (playwright-core's `channel`);
 * 2. on Linux, the Chromium inside the `@sparticuz/chromium` npm package (unpacked to the temp folder once);
 * 3. on Windows, the installed Edge (every Windows 10/11 PC has it); elsewhere an installed Chrome.
 * So `npm ci && npm test` needs no Debian package and no browser download.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** No sandbox (containers, root), no GPU, no background traffic: this machine's network is closed. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Where the browser comes from, as the tests report it. */
export type BrowserChoice = { executablePath: string; source: string } | { channel: 'msedge' | 'chrome'; source: string };

/** Resolves the browser by the rules above (async: the npm package unpacks its binary on first use). */
export async function chooseBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<BrowserChoice> {
  const named = env.BLOOD_BRIEF_BROWSER?.trim();
  if (named === 'msedge' || named === 'chrome') return { channel: named, source: `BLOOD_BRIEF_BROWSER=${named}` };
  if (named) return { executablePath: named, source: `BLOOD_BRIEF_BROWSER=${named}` };
  if (platform === 'linux') {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
  }
  return platform === 'win32' ? { channel: 'msedge', source: 'installed Microsoft Edge' } : { channel: 'chrome', source: 'installed Google Chrome' };
}

/** Launch options for the chosen browser. */
function launchOptions(choice: BrowserChoice): LaunchOptions {
  return 'channel' in choice ? { channel: choice.channel } : { executablePath: choice.executablePath };
}

/** Options of a context: the office resolution by default, and a device scale for Windows display scaling. */
export interface ChromiumOptions {
  width?: number;
  height?: number;
  deviceScaleFactor?: number;
}

/** A browser context (1366×768 unless told otherwise) and how to dispose of it. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<{ context: BrowserContext; choice: BrowserChoice; close(): Promise<void> }> {
  const choice = await chooseBrowser();
  const profile = await mkdtemp(join(tmpdir(), 'blood-brief-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(choice),
    headless: true,
    args: ARGS,
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: false,
  }).catch((e: unknown) => {
    throw new Error(`无法启动测试浏览器（${choice.source}）。可设置 BLOOD_BRIEF_BROWSER 为浏览器程序路径，或 msedge / chrome。\n${String(e)}`);
  });
  return {
    context,
    choice,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
