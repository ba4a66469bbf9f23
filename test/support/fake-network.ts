// The skeleton of a network's contract server: a loopback HTTP server whose routes the fake
// declares; a request no route knows is answered 500 and recorded in `unexpected`, which every
// test asserts to be empty (afterEach), so the adapter cannot call anything undocumented.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON, form or multipart body (files as Blob). */
  body: Record<string, unknown>;
  raw: Buffer;
}

export interface FakeReply {
  status: number;
  json?: unknown;
  /** An HTML page instead of JSON (the network's login page, for the Chromium walks). */
  html?: string;
  headers?: Record<string, string>;
}

export type Route = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

async function parseBody(req: IncomingMessage, raw: Buffer, base: string): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!raw.length) return {};
  if (type.startsWith('application/json')) return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request(base, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(raw) }).formData();
    return Object.fromEntries(form.entries());
  }
  return {};
}

export async function startFakeNetwork(routes: Record<string, Route>) {
  const unexpected: string[] = [];
  const log: FakeRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    // Routes are "METHOD /path" with :id segments.
    const match = Object.entries(routes).find(([key]) => {
      const [method, pattern] = key.split(' ');
      return method === req.method && new RegExp(`^${pattern!.replace(/:\w+/g, '[^/]+')}$`).test(url.pathname);
    });
    if (!match) {
      unexpected.push(`${req.method} ${url.pathname}`);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"not in the contract"}');
      return;
    }
    const fr: FakeRequest = {
      method: req.method!,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: await parseBody(req, raw, 'http://fake/'),
      raw,
    };
    log.push(fr);
    const reply = await match[1](fr);
    if (reply.html !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8', ...reply.headers }).end(reply.html);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.json === undefined ? '' : JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    unexpected,
    log,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The bearer token of a request, or null. */
export const bearer = (req: FakeRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? null;
