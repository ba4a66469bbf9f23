// The guard's verdict on a post is a pure function of its input (src/domain/content-hash.ts:
// guardInputHash), so each content version is scanned once per process however many steps look
// at it (submit, approval, scheduling, the composer's view, publication). Bounded: least recently
// used entries leave first. A Map keeps insertion order, which is all an LRU needs.
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
