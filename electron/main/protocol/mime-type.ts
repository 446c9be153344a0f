/** Content types of the files a Vite build of the renderer contains; anything else is not served. */
import { extname } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** The Content-Type for `path`, or null for an extension the renderer never ships (refused, not guessed). */
export function mimeType(path: string): string | null {
  return TYPES[extname(path).toLowerCase()] ?? null;
}
