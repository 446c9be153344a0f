#!/usr/bin/env node
// The CLI is TypeScript run through Node's type stripping (Node >= 22.18). `npx blood-brief` starts the
// first `node` on PATH, which may be an older system Node; then we re-run under the Node 24 that `npm ci`
// installed (devDependency "node", the Node major Electron 45 bundles), so both paths compute the same bytes.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
const canStripTypes = major > 22 || (major === 22 && minor >= 18);

// A reader that stops early (`… | head`) closes the pipe: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw error; });
}

if (canStripTypes) {
  // V8's code cache for the CLI's modules (kept in the OS temp folder): later runs skip most compiling.
  (await import('node:module')).enableCompileCache?.();
  const { runCli } = await import('./run-cli.ts');
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
} else {
  const require = createRequire(import.meta.url);
  const bundledNode = join(dirname(require.resolve('node/package.json')), 'bin', 'node');
  const run = spawnSync(bundledNode, [process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) {
    process.stderr.write(`无法启动 Node 24（${bundledNode}）。请先在项目目录运行 npm ci。\n`);
  }
  process.exitCode = run.status ?? 1;
}
