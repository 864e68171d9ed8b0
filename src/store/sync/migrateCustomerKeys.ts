import type { CalendarDate } from '../../core/dates/calendarDate';
import { customerKeyOf, type CustomerKeys, type KeyMove } from '../../core/claims';
import type { Message } from '../../i18n/message';
import type { Actor, ClaimStoreReader, RosterEntry, StoredCustomer } from '../claimStore';
import { rekeyRefusal, type CustomerRekeying } from '../keyMoves';
import { StoreUnavailableError } from '../storeUnavailable';

export interface KeyMigration {
  /** Claims now under their stored key. */
  moved: KeyMove[];
  /** Moves the store refused (a colleague's row for a rep, a key taken meanwhile): they keep their key. */
  kept: { move: KeyMove; reason: Message }[];
}

/**
 * Gives a store's customers their stored keys once (SPEC §5: two legal entities, two keys): `keys` takes in
 * the store's claims in register order and plans the moves; each is one rekey edit whose id is the move
 * itself, so a migration interrupted or run on two computers at once moves every row once and logs it once.
 * A move the store refuses leaves its customer on its old key — in the store and in `keys` alike, so the
 * pane keeps refusing every 同一客户 of it. Run it again later (a manager moves colleagues' rows).
 */
export async function migrateCustomerKeys(
  store: ClaimStoreReader & CustomerRekeying, keys: CustomerKeys,
  options: { actor: Actor; today: CalendarDate; customers?: readonly StoredCustomer[]; roster?: readonly RosterEntry[] },
): Promise<KeyMigration> {
  const customers = options.customers ?? await store.listCustomers();
  const roster = options.roster ?? await store.getRoster();
  const byKey = new Map(customers.map((c) => [c.record.dedupeKey, c.record]));
  const moves = keys.load(customers.map(({ record }) => ({ name: record.name, key: record.dedupeKey, seq: record.seq })));
  const result: KeyMigration = { moved: [], kept: [] };
  for (const move of moves) {
    // A colleague's row is left for its owner or a manager without asking the store (every rep opens the pane).
    const record = byKey.get(move.from);
    const refusal = record ? rekeyRefusal(record, options.actor, roster) : null;
    const outcome = refusal ? { ok: false as const, reason: refusal } : await rekey(store, move, options);
    if (outcome.ok) {
      result.moved.push(move);
      continue;
    }
    result.kept.push({ move, reason: outcome.reason });
    const from = customerKeyOf(move.from);
    const to = customerKeyOf(move.to);
    if (from === move.from && keys.holds(to) && !keys.holds(from)) {
      keys.release(to);
      keys.hold(move.name, from);
    }
  }
  return result;
}

/**
 * Team mode queues the move in its outbox (answered 'queued', sent when SharePoint is back); a store that is
 * out of reach without an outbox keeps the row where it is until the next run.
 */
async function rekey(
  store: CustomerRekeying, move: KeyMove, options: { actor: Actor; today: CalendarDate },
): Promise<{ ok: true } | { ok: false; reason: Message }> {
  try {
    return await store.rekeyCustomer(move, options.actor, { editId: `rekey:${move.from}→${move.to}`, today: options.today });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { ok: false, reason: error.reason };
    throw error;
  }
}
