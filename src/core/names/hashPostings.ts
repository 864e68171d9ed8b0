/**
 * A multimap from 32-bit key hashes to integer slots, in typed arrays: open addressing for the keys, a linked list
 * of postings per key. No string and no object per key, so building an index of 100,000 names makes almost no
 * garbage and a million keys take tens of megabytes, not hundreds.
 */
export class HashPostings {
  /** Per place: the key at 2i (0 = empty), its first posting at 2i + 1 (-1 = none), on one cache line. */
  private table = new Int32Array(1 << 13);
  private usedKeys = 0;
  private slotOf = new Int32Array(1 << 12);
  private nextOf = new Int32Array(1 << 12);
  private postings = 0;
  /** Postings freed by delete, chained through nextOf, reused before the arrays grow. */
  private free = -1;

  /**
   * Files `slot` under `key`. A slot's keys are filed together (CandidateIndex files a name's keys in one go,
   * after removing its old ones), so a key repeated for the slot finds it at the head: no walk of the postings.
   */
  add(key: number, slot: number): void {
    const head = this.place(key) + 1;
    const first = this.table[head];
    if (first >= 0 && this.slotOf[first] === slot) return;
    const p = this.newPosting();
    this.slotOf[p] = slot;
    this.nextOf[p] = this.table[head];
    this.table[head] = p;
  }

  delete(key: number, slot: number): void {
    const at = this.find(key);
    if (at < 0) return;
    let previous = -1;
    for (let p = this.table[at + 1]; p >= 0; previous = p, p = this.nextOf[p]) {
      if (this.slotOf[p] !== slot) continue;
      if (previous < 0) this.table[at + 1] = this.nextOf[p];
      else this.nextOf[previous] = this.nextOf[p];
      this.nextOf[p] = this.free;
      this.free = p;
      return;
    }
  }

  /** Calls `visit` with each slot filed under `key`. */
  forEach(key: number, visit: (slot: number) => void): void {
    const at = this.find(key);
    if (at < 0) return;
    for (let p = this.table[at + 1]; p >= 0; p = this.nextOf[p]) visit(this.slotOf[p]);
  }

  /** The index in `table` of `key`, -1 when absent. */
  private find(key: number): number {
    const mask = this.table.length - 2;
    for (let at = (key << 1) & mask; ; at = (at + 2) & mask) {
      const held = this.table[at];
      if (held === key) return at;
      if (held === 0) return -1;
    }
  }

  /** Where `key` is held, taking an empty place (and growing the table) when it is new. */
  private place(key: number): number {
    let at = this.find(key);
    if (at >= 0) return at;
    if ((this.usedKeys + 1) * 4 > this.table.length) this.growTable();
    at = this.emptyPlace(this.table, key);
    this.table[at] = key;
    this.table[at + 1] = -1;
    this.usedKeys++;
    return at;
  }

  private emptyPlace(table: Int32Array, key: number): number {
    const mask = table.length - 2;
    let at = (key << 1) & mask;
    while (table[at] !== 0) at = (at + 2) & mask;
    return at;
  }

  // Keys whose postings were all deleted stay in the table (renames are rare next to adds); growth keeps them.
  private growTable(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const at = this.emptyPlace(this.table, old[i]);
      this.table[at] = old[i];
      this.table[at + 1] = old[i + 1];
    }
  }

  private newPosting(): number {
    if (this.free >= 0) {
      const p = this.free;
      this.free = this.nextOf[p];
      return p;
    }
    if (this.postings === this.slotOf.length) {
      this.slotOf = grown(this.slotOf);
      this.nextOf = grown(this.nextOf);
    }
    return this.postings++;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
