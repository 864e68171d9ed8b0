import { claimKeyOf, type ClaimPolicy } from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { CloseClaimOrder } from '../core/claims/closeClaimOrder';
import type { NameMatch } from '../core/names';
import { precedes, type FindingContext, type RegisterEntry } from '../core/register/rowFindings';
import type { NameMatcher } from './nameMatcher';
import type { RegisterRows } from './registerRows';
import type { HistoryOf } from './computedColumns';
import type { RegisterSettings } from './registerSettings';
import { timeSlices } from './timeSlices';

/** Look-alike rows reported per name: enough for the pane; more says nothing new. */
const LOOK_ALIKES = 20;

export type RowCheckContext = FindingContext & { query(name: string): NameMatch[] };

/** What a round of checks knows of all the rows at once: each rep's 紧密 order, and the first row per 查重键. */
export interface RowsInOrder {
  closeClaims: CloseClaimOrder;
  firstByKey: Map<string, RegisterEntry>;
}

function emptyOrder(policy: ClaimPolicy, today: CalendarDate): RowsInOrder {
  return { closeClaims: new CloseClaimOrder(policy, today), firstByKey: new Map() };
}

function addInOrder(order: RowsInOrder, entry: RegisterEntry): void {
  order.closeClaims.add(entry);
  const key = entry.record.dedupeKey;
  const held = order.firstByKey.get(key);
  if (key && (!held || precedes(entry, held))) order.firstByKey.set(key, entry);
}

/**
 * The rows in order for a whole-register check, built a slice at a time: over 100,000 rows this is a tenth of
 * a second, which the first row to ask would otherwise take in one step while the rep types. Null if stopped.
 */
export async function rowsInOrder(rows: RegisterRows, policy: ClaimPolicy, today: CalendarDate, stop?: AbortSignal): Promise<RowsInOrder | null> {
  const order = emptyOrder(policy, today);
  const slices = timeSlices(stop);
  for (const entry of rows.allEntries()) {
    if (slices.due()) {
      await slices.yieldTurn();
      if (slices.stopped()) return null;
    }
    addInOrder(order, entry);
  }
  return order;
}

/**
 * The rules and the rest of the register for one round of checks over the register's rows: a name is looked
 * up once per round; the rows in order are built once, when first asked (or given, built beforehand).
 */
export function rowCheckContext(
  rows: RegisterRows, settings: RegisterSettings, today: CalendarDate, matcher: NameMatcher, historyOf: HistoryOf = () => [],
  prepared: RowsInOrder | null = null,
): RowCheckContext {
  const { policy, roster } = settings;
  const queries = new Map<string, NameMatch[]>();
  let order = prepared;
  const inOrder = (): RowsInOrder => {
    if (!order) {
      order = emptyOrder(policy, today);
      for (const entry of rows.allEntries()) addInOrder(order, entry);
    }
    return order;
  };
  const query = (name: string) => {
    let found = queries.get(name);
    if (!found) queries.set(name, (found = rows.query(name, LOOK_ALIKES)));
    return found;
  };
  return {
    policy, roster, today, query,
    lookAlikes: (entry) => query(entry.record.name)
      .filter((m) => m.id !== String(entry.row))
      .flatMap((m) => {
        const other = rows.entry(Number(m.id));
        return other ? [{ entry: other, verdict: m.verdict, reason: m.reason }] : [];
      }),
    keyOf: (name) => matcher.dedupeKey(name),
    parse: (name) => matcher.parse(name),
    rowKeyed: (key) => (key ? inOrder().firstByKey.get(key) : undefined),
    closeClaimsBefore: (entry) => inOrder().closeClaims.before(entry),
    // A manager's logged transfer, which the row's cells cannot show, stands in the check as in the pane.
    historyOf: ({ record }) => historyOf(claimKeyOf(record.dedupeKey, record.productLine, policy)),
  };
}
