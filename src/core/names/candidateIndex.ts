import { visitKeys } from './candidateKeys';
import { HashPostings } from './hashPostings';
import type { ParsedName } from './parseCompanyName';

/**
 * Parsed names filed by integer slot under their candidate keys (candidateKeys): what NameIndex (string ids, one
 * name at a time) and auditNames (a whole list, slot = row) share. Integer slots and typed arrays instead of
 * string maps: building it over 100,000 names makes little garbage and holds no string per key.
 */
export class CandidateIndex {
  private readonly entries: (ParsedName | undefined)[] = [];
  private readonly postings = new HashPostings();
  /** seen[slot] === round: the slot is already a candidate of the current look-up. */
  private seen = new Int32Array(1024);
  private round = 0;
  private readonly found: number[] = [];
  /** The keys of the name at hand, filed and probed (reused: no arrays per name). */
  private filed = new Int32Array(64);
  private probed = new Int32Array(64);
  private keyCount = 0;

  parsedAt(slot: number): ParsedName | undefined {
    return this.entries[slot];
  }

  add(slot: number, parsed: ParsedName): void {
    this.remove(slot);
    this.readKeys(parsed);
    this.fileKeys(slot, parsed);
  }

  remove(slot: number): void {
    const parsed = this.entries[slot];
    if (!parsed) return;
    this.readKeys(parsed);
    for (let k = 0; k < this.keyCount; k++) this.postings.delete(this.filed[k], slot);
    this.entries[slot] = undefined;
  }

  /**
   * The slots filed under any key `parsed` probes, each once, ascending. The array is reused by the next call:
   * copy it to keep it.
   */
  candidates(parsed: ParsedName): readonly number[] {
    this.readKeys(parsed);
    return this.probeKeys().sort((a, b) => a - b);
  }

  /**
   * For a list taken in order (the audit): the candidates of a new name among the names before it, then the name
   * filed in `slot` (empty) — each pair of the list is met once, from its later name, and its keys are read once.
   * In no particular order; reused by the next call.
   */
  candidatesThenAdd(slot: number, parsed: ParsedName): readonly number[] {
    this.readKeys(parsed);
    const found = this.probeKeys();
    this.fileKeys(slot, parsed);
    return found;
  }

  private readKeys(parsed: ParsedName): void {
    this.keyCount = 0;
    visitKeys(parsed, (filed, probe) => {
      if (this.keyCount === this.filed.length) {
        this.filed = grown(this.filed);
        this.probed = grown(this.probed);
      }
      this.filed[this.keyCount] = filed;
      this.probed[this.keyCount++] = probe;
    });
  }

  private fileKeys(slot: number, parsed: ParsedName): void {
    this.entries[slot] = parsed;
    for (let k = 0; k < this.keyCount; k++) this.postings.add(this.filed[k], slot);
  }

  private probeKeys(): number[] {
    if (this.seen.length < this.entries.length) this.seen = new Int32Array(this.entries.length * 2);
    // A new round number marks nothing seen yet, without clearing the array; after 2^31 rounds, clear it once.
    if (++this.round === 0x7fffffff) {
      this.seen.fill(0);
      this.round = 1;
    }
    const { seen, round, found } = this;
    found.length = 0;
    const collect = (slot: number) => {
      if (seen[slot] === round) return;
      seen[slot] = round;
      found.push(slot);
    };
    for (let k = 0; k < this.keyCount; k++) this.postings.forEach(this.probed[k], collect);
    return found;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
