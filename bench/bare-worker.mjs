// The physical reference for `npm run bench:publish`: the simplest correct publishing loop, with
// none of the engine's rules (no guard, no history, no audit, no lease renewal). Claim up to 50
// due rows with SKIP LOCKED, POST each to the receiver in turn, mark them published; repeat.
// Usage: node bench/bare-worker.mjs DATABASE_URL HOOK_URL  (prints "ready" once connected)
import pg from 'pg';

const [url, hook] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url });
await client.connect();
const me = `bare:${process.pid}`;
process.stdout.write('ready\n');
for (;;) {
  const { rows } = await client.query(
    `UPDATE bare_posts SET status = 'sending', owner = $1 WHERE id IN (
       SELECT id FROM bare_posts WHERE status = 'due' AND due_at <= now() ORDER BY due_at LIMIT 50 FOR UPDATE SKIP LOCKED
     ) RETURNING id, text`,
    [me],
  );
  if (!rows.length) {
    await new Promise((r) => setTimeout(r, 20));
    continue;
  }
  for (const row of rows) {
    const res = await fetch(hook, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': row.id },
      body: JSON.stringify({ id: row.id, postId: row.id, text: row.text, media: [] }),
    });
    await res.arrayBuffer();
  }
  await client.query(`UPDATE bare_posts SET status = 'published' WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
}
