/** Answers an app:// request from the built renderer folder: the file with its type, or 404. No electron import. */
import { readFile } from 'node:fs/promises';
import { appRequestFile } from './app-request-file.ts';

/** The response to a request for `url`, served from `root`. */
export async function serveAppRequest(url: string, root: string): Promise<Response> {
  const file = appRequestFile(url, root);
  if (file === null) return notFound();
  const bytes = await readFile(file.path).catch(() => null);
  if (bytes === null) return notFound();
  return new Response(new Uint8Array(bytes), { status: 200, headers: { 'Content-Type': file.mime, 'X-Content-Type-Options': 'nosniff' } });
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
