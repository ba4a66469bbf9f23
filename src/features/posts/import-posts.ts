// Imports planned posts from a spreadsheet (CSV). Every row is checked first with the rules a
// single post meets (channels, text length per network, a time in the future in the
// organisation's zone, labels), and every problem is named by its spreadsheet row. Only a file
// without problems is stored, all rows in one transaction: never half an import.
import { and, eq } from 'drizzle-orm';
import { Labels, type CreatePostInput } from '../../contracts/post';
import { IMPORT_MAX_ROWS, type ImportInput, type ImportProblem, type ImportResult } from '../../contracts/post-bulk';
import { channels } from '../../db/schema';
import { CsvError, parseCsv } from '../../domain/csv';
import { translate, type Lang, type MessageKey, type MessageParams } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { checkPostContent } from './check-post-content';
import { insertPost } from './create-post';
import { plannedTime } from './planned-time';

type Column = 'text' | 'channels' | 'time' | 'labels';
const COLUMN_NAMES: Record<string, Column> = {
  text: 'text',
  tekst: 'text',
  channels: 'channels',
  kanalen: 'channels',
  time: 'time',
  tijd: 'time',
  tijdstip: 'time',
  labels: 'labels',
};
/** Columns of our own export that an import reads past (a post starts as a draft of the importer). */
const IGNORED = new Set(['status', 'author', 'auteur']);

/** "2027-03-29 09:30", "2027-03-29T09:30" or the Dutch "29-03-2027 09:30" → "2027-03-29T09:30". */
export function importLocalTime(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]!.padStart(2, '0')}:${iso[5]}`;
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2})$/.exec(value);
  if (nl) return `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}T${nl[4]!.padStart(2, '0')}:${nl[5]}`;
  return null;
}

const splitList = (value: string) =>
  value
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);

export async function importPosts(scope: Authorized<'post.write'>, input: ImportInput, lang: Lang): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const say = (row: number, field: ImportProblem['field'], key: MessageKey, params: MessageParams = {}) =>
    problems.push({ row, field, message: translate(lang, key, params) });

  // Each record keeps its spreadsheet row number (1 = header), also when blank rows are skipped.
  let records: { row: number; fields: string[] }[];
  try {
    records = parseCsv(input.csv)
      .map((fields, i) => ({ row: i + 1, fields }))
      .filter((r) => r.fields.some((f) => f.trim() !== ''));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    say(error.record, 'file', `import_${error.code}`);
    return storeImport(scope, input, 0, problems, [], lang);
  }
  const [first, ...rows] = records;
  const header = first?.fields ?? [];
  const columns = header.map((h) => COLUMN_NAMES[h.trim().toLowerCase()]);
  header.forEach((h, i) => {
    if (!columns[i] && !IGNORED.has(h.trim().toLowerCase())) say(1, 'file', 'import_unknown_column', { column: h.trim() });
  });
  if (!columns.includes('text')) say(1, 'file', 'import_no_text_column');
  if (rows.length === 0) say(1, 'file', 'import_no_rows');
  if (rows.length > IMPORT_MAX_ROWS) say(1, 'file', 'import_too_many_rows', { max: IMPORT_MAX_ROWS, count: rows.length });
  if (problems.length) return storeImport(scope, input, rows.length, problems, [], lang);

  const active = await scope.db
    .select({ id: channels.id, name: channels.name, slug: channels.slug })
    .from(channels)
    .where(and(eq(channels.orgId, scope.orgId), eq(channels.active, true)));
  const posts: CreatePostInput[] = [];
  for (const { row, fields } of rows) {
    const cell = (column: Column) => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (fields[at] ?? '').trim();
    };
    const text = cell('text');
    if (!text) say(row, 'text', 'text_required');

    const variants: CreatePostInput['variants'] = [];
    for (const name of splitList(cell('channels'))) {
      const channel = active.find((c) => c.name.toLowerCase() === name.toLowerCase() || c.slug === name.toLowerCase());
      if (!channel) say(row, 'channels', 'import_unknown_channel', { name });
      else if (!variants.some((v) => v.channelId === channel.id)) variants.push({ channelId: channel.id, text: null });
    }

    let scheduledLocal: string | null = null;
    const time = cell('time');
    if (time) {
      scheduledLocal = importLocalTime(time);
      if (!scheduledLocal) say(row, 'time', 'import_bad_time', { value: time });
      else {
        try {
          plannedTime(scheduledLocal, scope.timeZone);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          say(row, 'time', error.key, error.params);
        }
      }
    }

    const labels = Labels.safeParse(splitList(cell('labels')));
    if (!labels.success) say(row, 'labels', 'import_bad_labels');

    if (text) {
      try {
        await checkPostContent(scope, { baseText: text, variants, mediaIds: [] });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        say(row, 'text', error.key, error.params);
      }
    }
    posts.push({ baseText: text, variants, mediaIds: [], scheduledLocal, labels: labels.success ? labels.data : [], purpose: 'publication' });
  }

  return storeImport(scope, input, rows.length, problems, posts, lang);
}

async function storeImport(
  scope: Authorized<'post.write'>,
  input: ImportInput,
  rows: number,
  problems: ImportProblem[],
  posts: CreatePostInput[],
  lang: Lang,
): Promise<ImportResult> {
  if (input.dryRun) return { dryRun: true, rows, problems, created: [] };
  if (problems.length) throw importRefused(problems, lang);
  const created = await scope.db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const post of posts) ids.push(await insertPost(tx, scope, post));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'post.imported', detail: { count: ids.length } });
    return ids;
  });
  return { dryRun: false, rows, problems: [], created };
}

/** A real import of a file with problems: 422 naming each row, nothing stored. */
function importRefused(problems: ImportProblem[], lang: Lang): AppError {
  const details = problems.map((p) => ({
    path: `rows.${p.row}.${p.field}`,
    message: translate(lang, 'import_row_problem', { row: p.row, message: p.message }),
  }));
  const rowCount = new Set(problems.map((p) => p.row)).size;
  return new AppError(422, 'import_rows_invalid', { count: rowCount }, details);
}
