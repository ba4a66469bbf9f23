// The shared frame of the networks' contract servers (fake-meta.ts, fake-linkedin.ts): a local HTTP
// server that routes to handlers and records every request it does not know, which each test must
// assert to be none.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  /** The body as a fetch Request, to read as form, multipart form, JSON or bytes. */
  body: Request;
}

export interface FakeAnswer {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: FakeRequest) => Promise<FakeAnswer | null> | FakeAnswer | null;

export async function startFake(handle: Handler) {
  const unexpected: string[] = [];
  const seen: { method: string; path: string }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = Buffer.concat(chunks);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const body = new Request(url, { method: req.method === 'GET' || req.method === 'HEAD' ? 'POST' : req.method, headers, body: raw.length ? raw : null });
    seen.push({ method: req.method ?? '', path: url.pathname });
    let answer: FakeAnswer | null;
    try {
      answer = await handle({ method: req.method ?? 'GET', url, headers: req.headers, body });
    } catch (error) {
      answer = null;
      unexpected.push(`${req.method} ${url.pathname}: handler threw ${(error as Error).message}`);
    }
    if (!answer) {
      if (!unexpected.some((u) => u.startsWith(`${req.method} ${url.pathname}:`))) unexpected.push(`${req.method} ${url.pathname}${url.search}`);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"not in the contract"}}');
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.json === undefined ? '' : JSON.stringify(answer.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    unexpected,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
