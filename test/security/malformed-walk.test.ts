// The malformed-input walk: every write endpoint of the OpenAPI document gets a few thousand
// generated bad requests (wrong types, missing fields, huge strings, U+0000, lone surrogates,
// deep nesting, arrays for objects, bad dates, invalid JSON, wrong content types, bad ids), as
// an administrator with a valid session and CSRF token. Not one may answer 5xx, every error is
// in the JSON error format, and a refused request leaves every table as it was.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  pattern?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  minLength?: number;
  additionalProperties?: Schema | boolean;
  const?: unknown;
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  parameters?: { name: string; in: string; schema?: Schema }[];
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Case = { method: string; path: string; endpoint: string; kind: string; body?: string | FormData; contentType?: string | null };

/** mulberry32: the same walk on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const junkUuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

/** Bad values as raw JSON text (so that 1e400, deep nesting and escapes arrive exactly). */
const BAD_VALUES: string[] = [
  'null',
  'true',
  '0',
  '-1',
  '1.5',
  '-99999999999999999999',
  '1e400',
  '9007199254740993',
  '""',
  '"   "',
  JSON.stringify('x'.repeat(50_000)),
  JSON.stringify('\u0000'),
  JSON.stringify('tekst\u0000met nul'),
  JSON.stringify('\ud800'),
  JSON.stringify('los \udc00 einde'),
  JSON.stringify('😀\ud83d'),
  '[]',
  '[1,"a",null]',
  '{}',
  '{"nested":{"deeper":[1,2,3]}}',
  deep(2000),
  deepObject(500),
  '"0000-01-01T00:00"',
  '"2026-02-30T10:00"',
  '"2026-01-01T24:00"',
  '"2026-13-01T09:00"',
  '"99999-01-01T09:00"',
  '"0000-01-01T00:00:00Z"',
  '"not-a-uuid"',
  '"00000000-0000-0000-0000-000000000000"',
  '"<script>alert(1)</script>"',
  `"${"'; DROP TABLE posts; --"}"`,
  '"%00"',
  '"\\u202e\\u200b\\ufeff"',
];

/** Whole bodies that are wrong as such. */
const BAD_BODIES: { kind: string; body?: string; contentType?: string | null }[] = [
  { kind: 'invalid json', body: '{"a": 1,' },
  { kind: 'invalid json (single quotes)', body: "{'a': 1}" },
  { kind: 'json with nul', body: '{"a": "\u0000"}' },
  { kind: 'empty body', body: '' },
  { kind: 'no body' },
  { kind: 'null', body: 'null' },
  { kind: 'number', body: '42' },
  { kind: 'string', body: '"tekst"' },
  { kind: 'array for object', body: '[{"a":1}]' },
  { kind: 'deep nesting', body: deep(5000) },
  { kind: 'deep objects', body: deepObject(2000) },
  { kind: 'proto pollution', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
  { kind: 'text/plain', body: '{"a":1}', contentType: 'text/plain' },
  { kind: 'form-urlencoded', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { kind: 'multipart without boundary', body: '--x\r\n', contentType: 'multipart/form-data' },
  { kind: 'xml', body: '<a>1</a>', contentType: 'application/xml' },
  { kind: 'json without content-type', body: '{}', contentType: null },
  { kind: 'json in latin1', body: '{"a":"\u00e9"}', contentType: 'application/json; charset=iso-8859-1' },
  { kind: 'bom', body: '\ufeff{}' },
  { kind: 'over 1 MB', body: JSON.stringify({ baseText: 'x'.repeat(1_100_000) }) },
];

/** Query values, already URL-encoded (some deliberately not decodable). */
const BAD_QUERY_VALUES = [
  '0000-01-01',
  '0000-01-01T00%3A00%3A00Z',
  '0001-01-01T00%3A30%3A00%2B01%3A00',
  '2026-01-01T24%3A00%3A00Z',
  '2026-02-30T10%3A00%3A00Z',
  '%2B275760-09-13T00%3A00%3A00Z',
  '9999-12-31T23%3A59%3A59Z',
  '1',
  '',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(5000),
  'draft&status=published',
  '%5B%5D',
];

const BAD_IDS = ['not-a-uuid', '0', '%00', 'a%00b', '%ED%A0%80', 'x'.repeat(300), '..%2F..%2Fetc', "1'%20OR%20'1'='1"];

let t: TestApp;
let org: TestOrg;
let admin: Client;
let doc: Doc;
const realIds: Record<string, string[]> = {};

function resolve(schema: Schema | undefined): Schema {
  let s = schema ?? {};
  while (s.$ref) s = doc.components.schemas[s.$ref.split('/').pop()!] ?? {};
  return s;
}

/** A plausible valid value for a schema: the base each field mutation starts from. */
function plausible(schemaIn: Schema | undefined, key = '', depth = 0): unknown {
  const s = resolve(schemaIn);
  const options = s.oneOf ?? s.anyOf;
  if (options) return plausible(options.find((o) => resolve(o).type !== 'null') ?? options[0], key, depth);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  // A planned time in the future (the documented example lies in the past by now).
  if (typeof s.example === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(s.example)) return `2031${s.example.slice(4)}`;
  if (s.example !== undefined) return s.example;
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(s.properties ?? {})) if (depth < 3) out[name] = plausible(prop, name, depth + 1);
    return out;
  }
  if (type === 'array') return depth < 3 ? [plausible(s.items, key, depth + 1)] : [];
  if (type === 'integer' || type === 'number') return Math.max(s.minimum ?? 1, 1);
  if (type === 'boolean') return true;
  if (s.format === 'uuid') return (realIds[key] ?? realIds[key.replace(/s$/, '')] ?? realIds.postId)![0];
  if (s.format === 'email') return 'walk@example.nl';
  if (key === 'time') return '09:30';
  return 'Walk tekst';
}

/** Every path to a field in a value (objects and the first item of arrays), up to three levels. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (prefix.length >= 3) return [];
  if (Array.isArray(value)) return value.length ? [[...prefix, 0], ...fieldPaths(value[0], [...prefix, 0])] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, [...prefix, k])]);
  }
  return [];
}

const SENTINEL = '__walk_bad_value__';
function withValue(base: unknown, path: (string | number)[], raw: string | undefined): string {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (raw === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
    return JSON.stringify(copy);
  }
  node[last] = SENTINEL;
  return JSON.stringify(copy).replace(`"${SENTINEL}"`, () => raw);
}

/** Which real ids a path parameter takes, from the segment before it. */
function idsFor(segment: string, param: string): string[] {
  if (param === 'orgId') return [org.id];
  if (param === 'userId') return realIds.userId!;
  if (param === 'postId') return realIds.postId!;
  return realIds[`${segment}Id`] ?? realIds.postId!;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (method === 'get') {
        // Reads are not writes, but their query parameters (dates, statuses) reach the database too.
        const query = (op.parameters ?? []).filter((p) => p.in === 'query');
        const segments = template.split('/');
        const path = segments.map((seg) => (seg.startsWith('{') ? (seg === '{orgId}' ? org.id : realIds.postId![0]) : seg)).join('/');
        for (const q of query) {
          for (const value of BAD_QUERY_VALUES) {
            cases.push({ method: 'GET', path: `${path}?${q.name}=${value}`, endpoint: `GET ${template}`, kind: `query ${q.name}`, contentType: null });
          }
        }
        continue;
      }
      if (template.startsWith('/api/auth/logout')) continue; // would end the walk's own session
      const endpoint = `${method.toUpperCase()} ${template}`;
      const segments = template.split('/');
      const params = segments.flatMap((seg, i) => (seg.startsWith('{') ? [{ i, name: seg.slice(1, -1), before: segments[i - 1]!.replace(/s$/, '') }] : []));
      const fill = (choose: (p: (typeof params)[number]) => string) => {
        const parts = [...segments];
        for (const p of params) parts[p.i] = choose(p);
        return parts.join('/');
      };
      const realPath = () => fill((p) => pick(idsFor(p.before, p.name)));
      const content = op.requestBody?.content ?? {};
      const jsonSchema = content['application/json']?.schema;
      const base = jsonSchema ? plausible(jsonSchema) : {};
      const baseText = JSON.stringify(base);
      const add = (kind: string, path: string, body?: string | FormData, contentType: string | null | undefined = 'application/json') =>
        cases.push({ method: method.toUpperCase(), path, endpoint, kind, body, contentType });

      // Bad ids in every path parameter, with the plausible body.
      for (const p of params) {
        for (const bad of [...BAD_IDS, junkUuid(), junkUuid()]) {
          add(
            `bad ${p.name}`,
            fill((q) => (q === p ? bad : pick(idsFor(q.before, q.name)))),
            baseText,
          );
        }
      }
      // Every field: each bad value, and missing.
      for (const path of fieldPaths(base)) {
        for (const raw of BAD_VALUES) add(`field ${path.join('.')}`, realPath(), withValue(base, path, raw));
        add(`missing ${path.join('.')}`, realPath(), withValue(base, path, undefined));
      }
      // Unknown fields, arrays for objects, whole-body faults.
      add('unknown field', realPath(), JSON.stringify({ ...(base as object), zzUnknown: 'x\u0000' }));
      add('array of the body', realPath(), JSON.stringify([base]));
      for (const b of BAD_BODIES) add(b.kind, realPath(), b.body, b.contentType === undefined ? 'application/json' : b.contentType);
      // A multipart endpoint (media upload) gets multipart faults too.
      if (!jsonSchema) {
        const nul = imageForm(PNG_1PX, 'Alt met \u0000 nul');
        const nulName = imageForm(PNG_1PX, 'Goede alt', 'fo\u0000to.png');
        const noFile = new FormData();
        noFile.set('altText', 'Alleen tekst');
        const textFile = imageForm(Buffer.from('geen plaatje'), 'Tekst', 'a.png');
        const twoFiles = imageForm(PNG_1PX, 'Twee');
        twoFiles.append('file', new File([new Uint8Array(PNG_1PX)], 'b.png', { type: 'image/png' }));
        const longAlt = imageForm(PNG_1PX, 'a'.repeat(5000));
        for (const [kind, form] of [
          ['alt text with nul', nul],
          ['file name with nul', nulName],
          ['no file', noFile],
          ['text as image', textFile],
          ['two files', twoFiles],
          ['alt text too long', longAlt],
        ] as const) {
          add(kind, realPath(), form, undefined);
        }
      }
    }
  }
  return cases;
}

const EXCLUDED = new Set(['sessions', 'login_attempts', 'audit_events']);
let snapshotSql: ReturnType<typeof sql.raw>;

async function snapshot(): Promise<string> {
  const result = await t.database.db.execute(snapshotSql);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  return JSON.stringify(rows[0]);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  const base = `/api/orgs/${org.id}`;
  const post = async (text: string) =>
    ((await (await admin.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }] })).json()) as { id: string }).id;
  // Posts in the states the deeper endpoints need: a draft, an approved one (repeat, queue
  // items), a scheduled one (held back once the walk switches crisis mode on).
  const contributor = await loginAs(t, org.users.contributor.email);
  const reviewed = async (text: string, event?: 'schedule') => {
    const res = await contributor.post(`${base}/posts`, {
      baseText: text,
      variants: [{ channelId: org.channelId, text: null }],
      scheduledLocal: '2031-05-01T10:00',
    });
    const { id } = (await res.json()) as { id: string };
    await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' });
    await admin.post(`${base}/posts/${id}/transitions`, { event: 'approve' });
    if (event) await admin.post(`${base}/posts/${id}/transitions`, { event });
    return id;
  };
  const posts = [await post('Eerste walk-bericht'), await reviewed('Goedgekeurd walk-bericht'), await reviewed('Ingepland walk-bericht', 'schedule')];
  const queue = (await (await admin.post(`${base}/queues`, { name: 'Walk', slots: [{ weekday: 1, time: '09:30' }] })).json()) as { id: string };
  const image = (await (await admin.post(`${base}/media`, imageForm(PNG_1PX, 'Walk-afbeelding'))).json()) as { id: string };
  Object.assign(realIds, {
    postId: posts,
    channelId: [org.channelId],
    mediaId: [image.id],
    queueId: [queue.id],
    // Never the administrator the walk runs as: removing it would end the walk.
    userId: [org.users.viewer.id, org.users.contributor.id],
  });
  doc = (await (await t.app.request('/api/openapi.json')).json()) as Doc;

  const tables = await t.database.db.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const names = ((Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows) as { table_name: string }[])
    .map((r) => r.table_name)
    .filter((n) => !EXCLUDED.has(n));
  const parts = names.map((n) => `(SELECT count(*) FROM "${n}")::text AS "${n}"`);
  // A refused edit must not touch an existing post either.
  parts.push(`(SELECT coalesce(sum(version), 0) || '/' || coalesce(max(updated_at)::text, '') FROM posts) AS "posts:versions"`);
  snapshotSql = sql.raw(`SELECT ${parts.join(', ')}`);
  // The trusted sources are seeded on first use (a read): used once here, so the walk's reads add nothing.
  await admin.get(`${base}/sources`);
  // The same for the default campaign templates.
  await admin.get(`${base}/campaign-templates`);
}, 120_000);
afterAll(() => t?.close());

describe('malformed-input walk over every write endpoint of the OpenAPI document', () => {
  it('answers no 5xx, only JSON errors, and stores nothing for a refused request', async () => {
    const cases = buildCases();
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    const endpoints = new Set(cases.filter((c) => c.method !== 'GET').map((c) => c.endpoint));
    const statuses: Record<number, number> = {};
    const byEndpoint = new Map<string, Record<number, number>>();
    const serverErrors: string[] = [];
    const badFormat: string[] = [];
    const halfStored: string[] = [];
    const started = performance.now();
    let before = await snapshot();
    for (const c of cases) {
      const headers: Record<string, string> = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
      if (c.contentType) headers['content-type'] = c.contentType;
      const res = await t.app.request(c.path, { method: c.method, headers, body: c.body });
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const per = byEndpoint.get(c.endpoint) ?? {};
      per[res.status] = (per[res.status] ?? 0) + 1;
      byEndpoint.set(c.endpoint, per);
      const label = `${c.endpoint} [${c.kind}] → ${res.status}`;
      if (res.status >= 500) serverErrors.push(label);
      const text = await res.text();
      if (res.status >= 400) {
        let ok = false;
        try {
          const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
          ok = typeof body.error?.code === 'string' && typeof body.error?.message === 'string' && body.error.message.length > 0;
        } catch {}
        if (!ok) badFormat.push(`${label}: ${text.slice(0, 80)}`);
      }
      if (c.method === 'GET') continue; // reads: the answer is what counts
      const after = await snapshot();
      if (res.status >= 400 && after !== before) halfStored.push(`${label}: ${before} → ${after}`);
      before = after;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const fiveXx = Object.entries(statuses)
      .filter(([s]) => Number(s) >= 500)
      .reduce((n, [, k]) => n + k, 0);
    console.log(`[walk] per endpoint: ${JSON.stringify(Object.fromEntries([...byEndpoint].map(([e, st]) => [e, st])), null, 0)}`);
    console.log(
      `[walk] ${cases.length} requests over ${endpoints.size} write endpoints in ${seconds} s, ${fiveXx} 5xx, ` +
        `${badFormat.length} not in the JSON error format, ${halfStored.length} half-stored; statuses ${JSON.stringify(statuses)}`,
    );
    expect(serverErrors).toEqual([]);
    expect(badFormat).toEqual([]);
    expect(halfStored).toEqual([]);
    // A limit against a hang, not a speed test: 16,000 requests take ~110 s alone and twice that beside the other suites on a loaded machine.
  }, 420_000);
});
