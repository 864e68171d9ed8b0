import { claimKeyOf, customerKeyOf, CustomerKeys, type ClaimPolicy } from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import type { Actor, ClaimStore, RosterEntry, StoredCustomer } from '../store/claimStore';
import { canRekey } from '../store/keyMoves';
import { migrateCustomerKeys, type KeyMigration } from '../store/sync/migrateCustomerKeys';
import type { SharedNameIndex } from '../core/names';
import type { NameMatcher } from './nameMatcher';
import type { TeamChanges } from './teamData';

/**
 * The register's stored keys (SPEC §5: two legal entities, two keys; one customer, one key), kept in step
 * with the store. Its `matcher` is the name matcher whose 查重键 is the stored key, so the sheet's 查重键 column,
 * the live check, the pane's look-up and every claim, transfer and release ask one key function.
 */
export class RegisterKeys {
  /** The matcher the register uses: `dedupeKey(name)` is the key the name is (or would be) stored under. */
  readonly matcher: NameMatcher;

  /**
   * @param names the name index the keys are found in — the register's one index, which its rows share
   *   (RegisterRows), so a customer's name is parsed and filed once.
   */
  private constructor(private readonly keys: CustomerKeys, base: NameMatcher, readonly names: SharedNameIndex) {
    this.matcher = { ...base, dedupeKey: (name: string) => keys.keyOf(name) };
  }

  /**
   * The keys of the store's customers. With a user to act as, and a store that can move rows, rows an older
   * rule keyed get their stored key first (once; what the store refuses keeps its key), as `migration` says.
   */
  static async open(
    store: ClaimStore, base: NameMatcher, customers: readonly StoredCustomer[],
    migrateAs: { actor: Actor; today: CalendarDate; roster: readonly RosterEntry[] } | null,
  ): Promise<{ keys: RegisterKeys; migration: KeyMigration | null }> {
    const names = base.createIndex();
    const keys = new CustomerKeys(names);
    if (migrateAs && canRekey(store)) {
      const migration = await migrateCustomerKeys(store, keys, { ...migrateAs, customers });
      return { keys: new RegisterKeys(keys, base, names), migration };
    }
    const ordered = [...customers].sort((a, b) => (a.record.seq ?? Infinity) - (b.record.seq ?? Infinity));
    for (const { record } of ordered) keys.hold(record.name, record.dedupeKey);
    return { keys: new RegisterKeys(keys, base, names), migration: null };
  }

  /** The customer key `name` is stored under ('' when it has no letters or digits). */
  keyOf(name: string): string {
    return this.keys.keyOf(name);
  }

  /** The key of a claim on `productLine` (查重键｜产品线 for a line other than the default). */
  claimKeyOf(name: string, productLine: string | undefined, policy: ClaimPolicy): string {
    return claimKeyOf(this.keys.keyOf(name), productLine, policy);
  }

  /** A customer just stored (claimed, taken in from the sheet): its key is taken from now on. */
  hold(name: string, claimKey: string): void {
    this.keys.hold(name, claimKey);
  }

  /** Follows what a refresh of the store brought: moved keys, new customers, removed ones. */
  follow(changes: TeamChanges, customers: ReadonlyMap<string, StoredCustomer>): void {
    const gone = [...changes.rekeyed.map((move) => move.from), ...changes.removedKeys].map(customerKeyOf);
    if (gone.length > 0) {
      // A customer on several product lines stays while any of its claims does.
      const held = new Set([...customers.keys()].map(customerKeyOf));
      for (const key of gone) if (!held.has(key)) this.keys.release(key);
    }
    for (const { record } of changes.customers) this.keys.hold(record.name, record.dedupeKey);
  }
}
