/**
 * Builds the renderer into build/renderer with relative asset URLs (the window loads it from app://renderer/,
 * and the browser tests from their own test server).
 * Nothing is inlined as data: URLs, so the page's CSP can stay at 'self'.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../build/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome140',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  logLevel: 'warn',
});
