import type { ScanContext } from '../context.ts';
import { FIX_PRIVATE_CHANNEL, finding } from '../finding.ts';
import { isAnyName } from '../lexicon/names.ts';
import { isRoleMailbox } from '../lexicon/role-mailboxes.ts';
import { isOrdinaryWord } from '../lexicon/word-check.ts';
import type { Finding } from '../types.ts';

// Anchored at the local part's start; candidates are found from each "@" (cheaper than a scan).
const EMAIL_AT_RE = /^[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[a-z]{2,})/iu;
const LOCAL_CHAR_RE = /[\p{L}\p{N}._%+-]/u;
// Function mailboxes (src/guard/lexicon/role-mailboxes.ts) are not personal, except on webmail.
const WEBMAIL =
  /^(gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|hetnet|xs4all|casema|chello|quicknet|telfort|tele2|upcmail|proton|protonmail)\./i;

/** "patientpanel@", "wondzorg.noord@": every part an ordinary word and none a name is a desk, not a person. */
function wordsOnly(local: string): boolean {
  const parts = local
    .toLowerCase()
    .split(/[._+\-\d]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.length >= 3 && isOrdinaryWord(p) && !isAnyName(p));
}

export function detectEmail(ctx: ScanContext, out: Finding[]): void {
  if (ctx.text.indexOf('@') < 0) return;
  const text = ctx.text;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR_RE.test(text[s - 1]!)) s--;
    if (s === at) continue;
    const found = EMAIL_AT_RE.exec(text.slice(s, at + 260));
    if (!found) continue;
    const m = { index: s, 0: found[0], 1: found[1] };
    const domain = m[1]!.toLowerCase();
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (ctx.allow.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    if ((isRoleMailbox(local) || wordsOnly(local)) && !WEBMAIL.test(domain)) continue;
    out.push(
      finding(
        'email',
        'block',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit lijkt een persoonlijk e-mailadres. Dat hoort niet in een openbaar bericht.',
          en: 'This looks like a personal e-mail address. It does not belong in a public post.',
        },
        FIX_PRIVATE_CHANNEL,
      ),
    );
  }
}
