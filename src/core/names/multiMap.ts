/** A map from key to a set of ids; empty sets are dropped so memory follows the live entries. */
export class MultiMap {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    const ids = this.map.get(key);
    if (ids) ids.add(id);
    else this.map.set(key, new Set([id]));
  }

  delete(key: string, id: string): void {
    const ids = this.map.get(key);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) this.map.delete(key);
  }

  get(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }
}
