// Sends to one receiver share their connection: a short answer that the adapter does not read
// (a webhook's "201 Created") must not close it, or every post opens a new one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookAdapter } from '../../src/channels/webhook/webhook-adapter';
import { outbound } from '../../src/net/safe-fetch';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function receiver(reply: (res: import('node:http').ServerResponse) => void) {
  let connections = 0;
  server = createServer((req, res) => {
    req.resume().on('end', () => reply(res));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, connections: () => connections };
}

const send = (url: string, postId: string) =>
  webhookAdapter.publish({
    postId,
    text: 'Open dag',
    media: [],
    channel: { id: 'c1', slug: 'intranet', orgSlug: 'org', settings: { url } },
    credentials: null,
    net: outbound({ allowPrivate: true }),
  });

describe('outbound calls keep their connection', () => {
  it('five webhook posts in turn use one connection when the receiver answers without a body', async () => {
    const r = await receiver((res) => res.writeHead(201).end());
    for (let i = 0; i < 5; i++) expect((await send(r.url, `p${i}`)).kind).toBe('published');
    expect(r.connections()).toBe(1);
  });

  it('a short answer body is still readable by the caller', async () => {
    const r = await receiver((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    const net = outbound({ allowPrivate: true });
    const res = await net.fetch(r.url, { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual({ ok: true });
    const again = await net.fetch(r.url, { method: 'POST', body: '{}' });
    await again.body?.cancel();
    expect(r.connections()).toBe(1);
  });
});
