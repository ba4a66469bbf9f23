// Server-side texts (error messages) in Dutch and English; Dutch is the default.
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export type Lang = 'nl' | 'en';
export type MessageKey = keyof typeof nl;
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { nl, en };

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  // A parameter written as "@key" is itself translated (e.g. the name of the thing not found).
  return catalogs[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    return value.startsWith('@') && value.slice(1) in catalogs[lang] ? catalogs[lang][value.slice(1) as MessageKey] : value;
  });
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value);
}

/** Picks nl or en from an Accept-Language header; Dutch unless English is preferred. */
export function langFromHeader(header: string | undefined | null): Lang {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag === 'nl' || x.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.tag as Lang | undefined) ?? 'nl';
}
