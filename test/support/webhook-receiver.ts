// A local HTTP receiver for the webhook channel (docs/webhook-channel.md). It records every
// call, answers from a script the test sets, and remembers requests it did not expect, which
// the test must assert to be none.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = { status: number; headers?: Record<string, string> } | 'reset';

export interface Delivery {
  key: string;
  body: { id: string; postId: string; text: string; media: { mimeType: string; altText: string }[] };
  at: number;
}

export async function startReceiver() {
  const deliveries: Delivery[] = [];
  const stored = new Set<string>();
  const unexpected: string[] = [];
  const script: Reply[] = [];
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c));
      req.on('end', () => resolve(data));
    });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/hook') {
      const body = JSON.parse(await readBody(req)) as Delivery['body'];
      const key = String(req.headers['idempotency-key']);
      deliveries.push({ key, body, at: Date.now() });
      const reply = script.shift() ?? { status: 201 };
      if (reply === 'reset') {
        stored.add(key); // it arrived, but the answer is lost
        req.socket.destroy();
        return;
      }
      if (reply.status < 300) stored.add(key);
      res.writeHead(reply.status, reply.headers).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/hook') {
      res.writeHead(stored.has(url.searchParams.get('id') ?? '') ? 200 : 404).end();
      return;
    }
    unexpected.push(`${req.method} ${req.url}`);
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    stored,
    unexpected,
    /** Answers for the next deliveries, in order; afterwards 201. */
    reply: (...replies: Reply[]) => script.push(...replies),
    /** Forget that a post arrived (as if it never did). */
    forget: (key: string) => stored.delete(key),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
