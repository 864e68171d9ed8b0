import type { SharedNameIndex } from '../names';
import { customerKeyOf, LINE_KEY_SEPARATOR } from './productLineList';

const ASKED_KEYS = 20_000;

/** A stored claim: the customer's name and the key the store holds it under (`查重键` or `查重键｜产品线`). */
export interface KeyedClaim {
  name: string;
  key: string;
  /** 序号: register order (the first of two 关联公司 keeps the plain key). */
  seq?: number | null;
}

/** A stored claim that must move to its stored key (the key migration). */
export interface KeyMove {
  from: string;
  to: string;
  name: string;
}

/**
 * The store's unique keys of the register's customers (SPEC §5): the key a name is stored under is its
 * registered customer's key when the matcher calls it 同一客户 of one — whatever the trick — and otherwise a
 * key of its own, told apart from a 关联公司 in another city (names/storedKeyOf). The name index is passed in
 * (the matcher is a lazily loaded chunk in the pane) and may be shared with the register's rows.
 */
export class CustomerKeys {
  /** Customer key → the name it was registered under. */
  private readonly names = new Map<string, string>();
  /** A registered name, exactly as typed (trimmed) → its keys, the first registered first: a customer's own name finds its key. */
  private readonly byName = new Map<string, string[]>();
  /** Keys of names asked since the last change (the pane asks on every keystroke and for every row). */
  private readonly asked = new Map<string, string>();

  constructor(private readonly index: SharedNameIndex) {}

  /** The customer key to store `name` under; '' for a name with no letters or digits. */
  keyOf(name: string): string {
    const trimmed = name.trim();
    const known = this.byName.get(trimmed)?.[0] ?? this.asked.get(trimmed);
    if (known !== undefined) return known;
    const key = this.index.storedKey(trimmed, (name) => this.byName.get(name) ?? []);
    if (this.asked.size >= ASKED_KEYS) this.asked.clear();
    this.asked.set(trimmed, key);
    return key;
  }

  /** The key of a claim on a line: `claimKey` is `keyOf` plus the line's suffix, as claimKeyOf makes it. */
  claimKeyOf(name: string, claimKey: string): string {
    const at = claimKey.indexOf(LINE_KEY_SEPARATOR);
    const key = this.keyOf(name);
    return at < 0 || !key ? key : `${key}${claimKey.slice(at)}`;
  }

  /** Whether a customer is registered under this customer key. */
  holds(customerKey: string): boolean {
    return this.names.has(customerKey);
  }

  /** Registers a stored claim (a customer on several lines is one customer: its first name stays). */
  hold(name: string, claimKey: string): void {
    const key = customerKeyOf(claimKey);
    const trimmed = name.trim();
    if (!key || !trimmed || this.names.has(key)) return;
    this.asked.clear();
    this.names.set(key, trimmed);
    const keys = this.byName.get(trimmed);
    if (keys) keys.push(key);
    else this.byName.set(trimmed, [key]);
    this.index.hold(trimmed);
  }

  /** Forgets a customer (removed from the store). */
  release(customerKey: string): void {
    const name = this.names.get(customerKey);
    if (name === undefined) return;
    this.asked.clear();
    this.names.delete(customerKey);
    const keys = this.byName.get(name) ?? [];
    keys.splice(keys.indexOf(customerKey), 1);
    if (keys.length === 0) this.byName.delete(name);
    this.index.release(name);
  }

  /**
   * Takes in a store's claims in register order (序号, then as listed) and says which must move to their
   * stored key: keys an older rule made (a plain 查重键 one 关联公司 took from another city's, a 查重键 the matcher
   * now spells otherwise). Two customers never collapse: a claim whose stored key another stored customer
   * holds — or will hold — keeps its own key (the audit lists the pair for the manager). Running it again on
   * the moved keys moves nothing.
   */
  load(claims: readonly KeyedClaim[]): KeyMove[] {
    const ordered = claims.map((claim, at) => ({ claim, at }))
      .sort((a, b) => (a.claim.seq ?? Infinity) - (b.claim.seq ?? Infinity) || a.at - b.at)
      .map(({ claim }) => claim);
    const storedKeys = new Set(ordered.map((claim) => customerKeyOf(claim.key)));
    const moved = new Map<string, string>();
    const moves: KeyMove[] = [];
    for (const claim of ordered) {
      const from = customerKeyOf(claim.key);
      if (!from) continue;
      let to = moved.get(from);
      if (to === undefined) {
        // A claim under its name's own 查重键 stays there: another's key would be a held one, and a city-qualified
        // key needs a held 关联公司 under this very key. Only the rest are compared with the names before them.
        const wanted = this.holds(from) || this.index.dedupeKey(claim.name.trim()) === from ? from : this.keyOf(claim.name);
        to = !wanted || wanted === from || storedKeys.has(wanted) || this.holds(wanted) ? from : wanted;
        moved.set(from, to);
        this.hold(claim.name, to);
      }
      if (to !== from) moves.push({ from: claim.key, to: `${to}${claim.key.slice(from.length)}`, name: claim.name });
    }
    return moves;
  }
}
