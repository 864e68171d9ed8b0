import { visitKeys } from './candidateKeys';
import { HashPostings } from './hashPostings';
import type { ParsedName } from './parseCompanyName';

/**
 * Parsed names filed by integer slot under their candidate keys (candidateKeys): what NameIndex (string ids, one
 * name at a time) and auditNames (a whole list, slot = row) share. Integer slots and typed arrays instead of
 * string maps: building it over 100,000 names is a few hundred milliseconds and little garbage.
 */
export class CandidateIndex {
  private readonly entries: (ParsedName | undefined)[] = [];
  private readonly postings = new HashPostings();
  /** seen[slot] === round: the slot is already a candidate of the current look-up. */
  private seen = new Int32Array(1024);
  private round = 0;
  private readonly found: number[] = [];

  parsedAt(slot: number): ParsedName | undefined {
    return this.entries[slot];
  }

  add(slot: number, parsed: ParsedName): void {
    this.remove(slot);
    this.entries[slot] = parsed;
    visitKeys(parsed, 'filed', (key) => this.postings.add(key, slot));
  }

  remove(slot: number): void {
    const parsed = this.entries[slot];
    if (!parsed) return;
    visitKeys(parsed, 'filed', (key) => this.postings.delete(key, slot));
    this.entries[slot] = undefined;
  }

  /**
   * The slots filed under any key `parsed` probes, each once, ascending. The array is reused by the next call:
   * copy it to keep it.
   */
  candidates(parsed: ParsedName): readonly number[] {
    if (this.seen.length < this.entries.length) this.seen = new Int32Array(this.entries.length * 2);
    // A new round number marks nothing seen yet, without clearing the array; after 2^31 rounds, clear it once.
    if (++this.round === 0x7fffffff) {
      this.seen.fill(0);
      this.round = 1;
    }
    const { seen, round, found } = this;
    found.length = 0;
    visitKeys(parsed, 'probe', (key) => this.postings.forEach(key, (slot) => {
      if (seen[slot] === round) return;
      seen[slot] = round;
      found.push(slot);
    }));
    return found.sort((a, b) => a - b);
  }
}
