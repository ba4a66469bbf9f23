// Whether an address of ours can be fetched by a network from the internet (Instagram fetches
// images itself): https on a host that is not local or private. A default installation
// (http://localhost:3000) has none.
export function isPublicAddress(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && !/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[|.*\.local$|.*\.internal$)/.test(hostname);
}
