/**
 * A map from key to ids. Most keys hold one id, so a lone id is stored bare and only a shared key gets an array:
 * a 100,000-name index files about a million keys, and a Set per key was most of its build time and memory.
 */
export class MultiMap {
  private readonly map = new Map<string, string | string[]>();

  add(key: string, id: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, id);
    else if (typeof held === 'string') {
      if (held !== id) this.map.set(key, [held, id]);
    } else if (!held.includes(id)) held.push(id);
  }

  delete(key: string, id: string): void {
    const held = this.map.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === id) this.map.delete(key);
      return;
    }
    const at = held.indexOf(id);
    if (at >= 0) held.splice(at, 1);
    if (held.length === 1) this.map.set(key, held[0]);
  }

  /** Calls `visit` with each id under `key`, without building an array (the audit asks a million times). */
  forEach(key: string, visit: (id: string) => void): void {
    const held = this.map.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') visit(held);
    else for (const id of held) visit(id);
  }

  get(key: string): readonly string[] {
    const held = this.map.get(key);
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }
}
