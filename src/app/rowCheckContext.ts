import { claimKeyOf } from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { CloseClaimOrder } from '../core/claims/closeClaimOrder';
import type { NameMatch } from '../core/names';
import { precedes, type FindingContext, type RegisterEntry } from '../core/register/rowFindings';
import type { NameMatcher } from './nameMatcher';
import type { RegisterRows } from './registerRows';
import type { HistoryOf } from './computedColumns';
import type { RegisterSettings } from './registerSettings';

/** Look-alike rows reported per name: enough for the pane; more says nothing new. */
const LOOK_ALIKES = 20;

export type RowCheckContext = FindingContext & { query(name: string): NameMatch[] };

/**
 * The rules and the rest of the register for one round of checks over the register's rows: a name is looked
 * up once per round, the rows' close-claim order and first row per 查重键 are built once, when first asked.
 */
export function rowCheckContext(
  rows: RegisterRows, settings: RegisterSettings, today: CalendarDate, matcher: NameMatcher, historyOf: HistoryOf = () => [],
): RowCheckContext {
  const { policy, roster } = settings;
  const order = new CloseClaimOrder(rows.allEntries(), policy, today);
  const queries = new Map<string, NameMatch[]>();
  let firstByKey: Map<string, RegisterEntry> | null = null;
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
    rowKeyed: (key) => {
      if (!firstByKey) {
        // Built once per round of checks, and only when a branch asks for its parent.
        firstByKey = new Map();
        for (const entry of rows.allEntries()) {
          const held = firstByKey.get(entry.record.dedupeKey);
          if (entry.record.dedupeKey && (!held || precedes(entry, held))) firstByKey.set(entry.record.dedupeKey, entry);
        }
      }
      return key ? firstByKey.get(key) : undefined;
    },
    closeClaimsBefore: (entry) => order.before(entry),
    // A manager's logged transfer, which the row's cells cannot show, stands in the check as in the pane.
    historyOf: ({ record }) => historyOf(claimKeyOf(record.dedupeKey, record.productLine, policy)),
  };
}
