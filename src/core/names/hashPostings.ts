/**
 * A multimap from 32-bit key hashes to integer slots, in typed arrays: open addressing for the keys, a linked list
 * of postings per key. No string and no object per key, so building an index of 100,000 names makes almost no
 * garbage and a million keys take tens of megabytes, not hundreds.
 */
export class HashPostings {
  private keys = new Int32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
  private usedKeys = 0;
  private slotOf = new Int32Array(1 << 12);
  private nextOf = new Int32Array(1 << 12);
  private postings = 0;
  /** Postings freed by delete, chained through nextOf, reused before the arrays grow. */
  private free = -1;

  add(key: number, slot: number): void {
    const at = this.place(key);
    for (let p = this.heads[at]; p >= 0; p = this.nextOf[p]) if (this.slotOf[p] === slot) return;
    const p = this.newPosting();
    this.slotOf[p] = slot;
    this.nextOf[p] = this.heads[at];
    this.heads[at] = p;
  }

  delete(key: number, slot: number): void {
    const at = this.find(key);
    if (at < 0) return;
    let previous = -1;
    for (let p = this.heads[at]; p >= 0; previous = p, p = this.nextOf[p]) {
      if (this.slotOf[p] !== slot) continue;
      if (previous < 0) this.heads[at] = this.nextOf[p];
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
    for (let p = this.heads[at]; p >= 0; p = this.nextOf[p]) visit(this.slotOf[p]);
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let at = key & mask; ; at = (at + 1) & mask) {
      const held = this.keys[at];
      if (held === key) return at;
      if (held === 0) return -1;
    }
  }

  /** Where `key` is held, taking an empty place (and growing the table) when it is new. */
  private place(key: number): number {
    let at = this.find(key);
    if (at >= 0) return at;
    if ((this.usedKeys + 1) * 2 > this.keys.length) this.growTable();
    const mask = this.keys.length - 1;
    for (at = key & mask; this.keys[at] !== 0; at = (at + 1) & mask);
    this.keys[at] = key;
    this.usedKeys++;
    return at;
  }

  // Keys whose postings were all deleted stay in the table (renames are rare next to adds); growth keeps them.
  private growTable(): void {
    const { keys, heads } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let at = keys[i] & mask;
      while (this.keys[at] !== 0) at = (at + 1) & mask;
      this.keys[at] = keys[i];
      this.heads[at] = heads[i];
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
