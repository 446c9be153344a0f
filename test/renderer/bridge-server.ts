/**
 * The test bridge's server: serves the built renderer on 127.0.0.1 and answers POST /ipc/<channel> by calling
 * `dispatch` over the real handler map — the same function Electron's ipcMain handlers call, so the page
 * exercises exactly the validation and handlers of the app; only the transport is HTTP instead of IPC.
 * Progress events are pushed over Server-Sent Events (GET /events).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Handlers } from '../../electron/main/ipc/dispatch.ts';
import type { Progress } from '../../electron/shared/ipc-contract.ts';
import { decode, encode } from './bridge-codec.ts';

/** A running bridge server. */
export interface BridgeServer {
  readonly url: string;
  /** Sends a progress event to every connected page. */
  push(progress: Progress): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Starts the server over `root` (the built renderer); `handlers` may be set later via the returned setter. */
export async function startBridgeServer(root: string, handlers: () => Handlers): Promise<BridgeServer> {
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => void route(req, res, root, handlers, streams).catch((error: unknown) => {
    res.writeHead(500).end(String(error));
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    push: (progress) => streams.forEach((s) => s.write(`data: ${JSON.stringify(progress)}\n\n`)),
    close: () => new Promise((resolve) => {
      streams.forEach((s) => s.destroy());
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, root: string, handlers: () => Handlers, streams: Set<ServerResponse>): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (req.method === 'POST' && path.startsWith('/ipc/')) return answer(req, res, handlers(), decodeURIComponent(path.slice(5)));
  if (path === '/events') return openStream(res, streams);
  return serveFile(res, root, path === '/' ? '/index.html' : path);
}

async function answer(req: IncomingMessage, res: ServerResponse, handlers: Handlers, channel: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const envelope = await dispatch(handlers, channel, decode(Buffer.concat(chunks).toString('utf8') || 'null'));
  res.writeHead(200, { 'content-type': 'application/json' }).end(encode(envelope));
}

function openStream(res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(': open\n\n');
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

async function serveFile(res: ServerResponse, root: string, path: string): Promise<void> {
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
  const body = await readFile(file).catch(() => null);
  if (body === null) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}
