import type { Message } from '../../i18n/message';
import { CandidateIndex } from './candidateIndex';
import { classifyPair, type Verdict } from './classifyPair';
import { parseCompanyName, type ParsedName } from './parseCompanyName';
import { storedKeyOf } from './storedKey';

export interface NameMatch {
  id: string;
  name: string;
  verdict: Verdict;
  score: number;
  /** The most telling reason; `reasons` has them all. */
  reason: Message;
  reasons: Message[];
}

export const VERDICT_RANK: Record<Verdict, number> = { duplicate: 0, branch: 1, 'possible-duplicate': 2 };

/**
 * Every registered name, filed so that a query (one keystroke) finds its look-alikes in microseconds.
 * Names are added, renamed and removed one at a time; nothing is rebuilt.
 */
export class NameIndex {
  private readonly index = new CandidateIndex();
  private readonly slotOfId = new Map<string, number>();
  private readonly idOfSlot: string[] = [];
  /** Slots of removed ids, given to the next new ids. */
  private readonly freeSlots: number[] = [];

  get size(): number {
    return this.slotOfId.size;
  }

  /** Adds a name, or renames the entry when the id is already there. */
  add(id: string, name: string): void {
    this.addParsed(id, parseCompanyName(name));
  }

  /** add, for a name the caller has parsed already (parseCompanyName). */
  addParsed(id: string, parsed: ParsedName): void {
    let slot = this.slotOfId.get(id);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.idOfSlot.length;
      this.slotOfId.set(id, slot);
      this.idOfSlot[slot] = id;
    }
    this.index.add(slot, parsed);
  }

  update(id: string, name: string): void {
    this.add(id, name);
  }

  remove(id: string): void {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return;
    this.index.remove(slot);
    this.slotOfId.delete(id);
    this.freeSlots.push(slot);
  }

  has(id: string): boolean {
    return this.slotOfId.has(id);
  }

  parsed(id: string): ParsedName | undefined {
    const slot = this.slotOfId.get(id);
    return slot === undefined ? undefined : this.index.parsedAt(slot);
  }

  /** Registered names that look like `name`, most serious first: 同一客户, then 关联公司, then 疑似重复. */
  query(name: string, limit = 10): NameMatch[] {
    return this.matchesOf(parseCompanyName(name), limit);
  }

  /**
   * Matches of an already parsed name, leaving out `exceptId` and, when given, every candidate `consider` refuses.
   */
  matchesOf(parsed: ParsedName, limit = Infinity, exceptId?: string, consider?: (id: string) => boolean): NameMatch[] {
    const matches: NameMatch[] = [];
    for (const slot of this.index.candidates(parsed)) {
      const id = this.idOfSlot[slot];
      if (id === exceptId || (consider && !consider(id))) continue;
      const other = this.index.parsedAt(slot)!;
      const verdict = classifyPair(parsed, other);
      if (verdict) matches.push({ id, name: other.raw, ...verdict, reason: verdict.reasons[0] });
    }
    matches.sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || b.score - a.score
      || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return matches.length > limit ? matches.slice(0, limit) : matches;
  }

  /**
   * The unique key to store a new customer under (see storedKeyOf), among the registered names; `keyOf` gives the
   * stored key of an entry (by default its id, as when entries are filed by key).
   */
  storedKey(name: string, keyOf: (id: string) => string = (id) => id): string {
    return this.storedKeyParsed(parseCompanyName(name), (id) => [keyOf(id)]);
  }

  /** storedKey of a parsed name, where an entry may hold several stored keys or none (SharedNameIndex: ids are names). */
  storedKeyParsed(parsed: ParsedName, keysOf: (id: string) => readonly string[]): string {
    const registered = this.index.candidates(parsed)
      .flatMap((slot) => keysOf(this.idOfSlot[slot]).map((key) => ({ key, parsed: this.index.parsedAt(slot)! })));
    return storedKeyOf(parsed, registered);
  }

}
