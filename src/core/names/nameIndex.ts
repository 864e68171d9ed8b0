import type { Message } from '../../i18n/message';
import { visitKeys, type Bucket } from './candidateKeys';
import { classifyPair, type Verdict } from './classifyPair';
import { MultiMap } from './multiMap';
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

const VERDICT_RANK: Record<Verdict, number> = { duplicate: 0, branch: 1, 'possible-duplicate': 2 };

/**
 * Every registered name, filed so that a query (one keystroke) finds its look-alikes in microseconds.
 * Names are added, renamed and removed one at a time; nothing is rebuilt.
 */
export class NameIndex {
  private readonly entries = new Map<string, ParsedName>();
  private readonly buckets = new Map<Bucket, MultiMap>();

  get size(): number {
    return this.entries.size;
  }

  /** Adds a name, or renames the entry when the id is already there. */
  add(id: string, name: string): void {
    this.remove(id);
    const parsed = parseCompanyName(name);
    this.entries.set(id, parsed);
    visitKeys(parsed, 'filed', (bucket, key) => this.bucket(bucket).add(key, id));
  }

  update(id: string, name: string): void {
    this.add(id, name);
  }

  remove(id: string): void {
    const parsed = this.entries.get(id);
    if (!parsed) return;
    visitKeys(parsed, 'filed', (bucket, key) => this.bucket(bucket).delete(key, id));
    this.entries.delete(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  parsed(id: string): ParsedName | undefined {
    return this.entries.get(id);
  }

  /** Registered names that look like `name`, most serious first: 同一客户, then 关联公司, then 疑似重复. */
  query(name: string, limit = 10): NameMatch[] {
    return this.matchesOf(parseCompanyName(name), limit);
  }

  /**
   * Matches of an already parsed name, leaving out `exceptId` (the audit asks about names it holds) and, when
   * given, every candidate `consider` refuses (the audit judges each pair once).
   */
  matchesOf(parsed: ParsedName, limit = Infinity, exceptId?: string, consider?: (id: string) => boolean): NameMatch[] {
    const matches: NameMatch[] = [];
    for (const id of this.candidates(parsed)) {
      if (id === exceptId || (consider && !consider(id))) continue;
      const other = this.entries.get(id)!;
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
    const parsed = parseCompanyName(name);
    const registered = [...this.candidates(parsed)].map((id) => ({ key: keyOf(id), parsed: this.entries.get(id)! }));
    return storedKeyOf(parsed, registered);
  }

  private candidates(parsed: ParsedName): Set<string> {
    const ids = new Set<string>();
    const add = (id: string) => ids.add(id);
    visitKeys(parsed, 'probe', (bucket, key) => this.buckets.get(bucket)?.forEach(key, add));
    return ids;
  }

  private bucket(name: Bucket): MultiMap {
    let bucket = this.buckets.get(name);
    if (!bucket) this.buckets.set(name, (bucket = new MultiMap()));
    return bucket;
  }
}
