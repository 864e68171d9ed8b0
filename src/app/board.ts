import { latestDate, yearMonthOf, type CalendarDate } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import { monthActivity, rankReps, registeredOn, type Ranked, type RepMonth } from '../core/summary';
import type { RosterEntry } from '../store/claimStore';

export interface BoardFilter {
  department: string | null;
  rep: string | null;
}

/** The proposal's blackboard, as data: its two zones, today's new entries and the month's PK table. */
export interface Board {
  /** 未成交但已拜访/送样, latest contact first. */
  visitedOrSampled: CustomerRecord[];
  /** 已合作, newest deal first. */
  cooperating: CustomerRecord[];
  today: CustomerRecord[];
  ranking: Ranked<RepMonth>[];
}

function matches(record: CustomerRecord, filter: BoardFilter): boolean {
  return (!filter.department || record.department === filter.department) && (!filter.rep || record.rep === filter.rep);
}

const newestFirst = (date: (r: CustomerRecord) => CalendarDate | null) =>
  (a: CustomerRecord, b: CustomerRecord) => (date(b) ?? '').localeCompare(date(a) ?? '');

/**
 * `monthRecords`: this month as the history tells it (one record per customer and rep who contacted it), for
 * the PK table — each contact counts for whoever made it. The zones show the register as it is now.
 */
export function board(
  records: readonly CustomerRecord[], roster: readonly RosterEntry[], filter: BoardFilter, today: CalendarDate,
  monthRecords: readonly CustomerRecord[] = records,
): Board {
  const shown = records.filter((r) => matches(r, filter));
  const latestContact = (r: CustomerRecord) => latestDate(r.visitDate, r.sampleDate);
  const assignments = roster
    .filter((m) => (!filter.department || m.department === filter.department) && (!filter.rep || m.name === filter.rep))
    .map((m) => ({ name: m.name, department: m.department }));
  return {
    visitedOrSampled: shown.filter((r) => r.status === 'visit' || r.status === 'sample').sort(newestFirst(latestContact)),
    cooperating: shown.filter((r) => r.status === 'deal').sort(newestFirst((r) => r.dealDate)),
    today: shown.filter((r) => registeredOn(r, today)),
    ranking: rankReps(monthActivity(monthRecords.filter((r) => matches(r, filter)), yearMonthOf(today), assignments)),
  };
}
