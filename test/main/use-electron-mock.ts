/**
 * Routes every `electron` import and require in this test process to electron-mock.ts. Import this first,
 * then load the code under test with a dynamic import(): static imports are resolved before any module runs.
 */
import { registerHooks } from 'node:module';

const MOCK_URL = new URL('./electron-mock.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    return specifier === 'electron' ? { url: MOCK_URL, shortCircuit: true } : nextResolve(specifier, context);
  },
});

export * as electron from './electron-mock.ts';
