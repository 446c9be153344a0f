/**
 * Which file under the renderer folder an app:// request asks for — or none. Pure (no electron, no disk),
 * so every traversal trick can be tested: only app://renderer/…, the path percent-decoded once, no `..`,
 * backslash or NUL segment, the resolved path inside the root, and a known extension.
 */
import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-scheme.ts';
import { mimeType } from './mime-type.ts';

/** A file to serve and its Content-Type. */
export interface AppFile {
  readonly path: string;
  readonly mime: string;
}

/** The file `url` names inside `root`, or null if the request must be refused (404). */
export function appRequestFile(url: string, root: string): AppFile | null {
  const segments = pathSegments(url);
  if (segments === null) return null;
  const base = resolve(root);
  const path = resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!path.startsWith(base + sep)) return null;
  const mime = mimeType(path);
  return mime === null ? null : { path, mime };
}

/** The decoded path segments of an app://renderer/ URL, or null for another origin or a suspicious segment. */
function pathSegments(url: string): string[] | null {
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST) return null;
  const decoded = decode(parsed.pathname);
  if (decoded === null) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  return segments.every(isPlainSegment) ? segments : null;
}

function decode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** `%2e%2e` and `%2f` decode to `..` and `/` here, after the URL parser's own dot handling, so check again. */
function isPlainSegment(segment: string): boolean {
  return segment !== '.' && segment !== '..' && !/[\\\0:]/.test(segment);
}
