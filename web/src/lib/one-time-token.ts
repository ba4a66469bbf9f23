// One-time links carry their token after "#", so it never reaches a server log or a Referer.
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return /^[\w-]{20,100}$/.test(token) ? token : null;
}
