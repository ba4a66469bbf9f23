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
  /** An HTML page instead of JSON (the network's login page). */
  html?: string;
  headers?: Record<string, string>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The network's login and consent page as the contract server plays it: one button that sends the
 * person back to `redirectUri` with the code and state (a GET form, as the real pages end in a redirect).
 */
export function loginPage(network: string, redirectUri: string, params: Record<string, string>): FakeAnswer {
  const inputs = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return {
    status: 200,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escapeHtml(network)}: log in</title></head><body><main><h1>${escapeHtml(network)} (contract server)</h1><form method="get" action="${escapeHtml(redirectUri)}">${inputs}<button type="submit">Allow Zorgpost</button></form></main></body></html>`,
  };
}

/** What a person's browser does on that page: press the button. Answers the redirect address. */
export async function pressAllow(authorizeUrl: string): Promise<string> {
  const res = await fetch(authorizeUrl);
  const html = await res.text();
  const action = /<form method="get" action="([^"]+)"/.exec(html);
  if (!res.ok || !action) throw new Error(`no login page at ${authorizeUrl}: ${res.status} ${html.slice(0, 200)}`);
  const unHtml = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const back = new URL(unHtml(action[1]!));
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) back.searchParams.set(unHtml(m[1]!), unHtml(m[2]!));
  return back.toString();
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
    if (answer.html !== undefined) {
      res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8', ...answer.headers }).end(answer.html);
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
