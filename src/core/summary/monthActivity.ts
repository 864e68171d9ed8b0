import { compareDates, isInMonth, lastDayOfMonth, type CalendarDate, type YearMonth } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';
import { compareChinese } from './chineseOrder';
import { departmentOrder } from './departmentOrder';

/** A rep and the department the summary files them under (from the roster when one is given). */
export interface RepAssignment {
  name: string;
  department: string;
}

export interface ActivityCounts {
  visits: number;
  samples: number;
  deals: number;
}

/**
 * A customer as it stood at the end of the month: dates after the month are hidden and a deal after it does
 * not yet count, so a month summarised late reads the same as one summarised on the 1st.
 */
export interface MonthCustomer {
  record: CustomerRecord;
  visitDate: CalendarDate | null;
  sampleDate: CalendarDate | null;
  dealDate: CalendarDate | null;
  /** The proposal's blackboard zones: 未成交但已拜访/送样, or 已合作. */
  zone: 'visitedOrSampled' | 'cooperating';
  /** The earliest visit, sample or deal inside the month; the lists are in this order. */
  firstActivityInMonth: CalendarDate;
}

export interface RepMonth {
  rep: string;
  department: string;
  visitedOrSampled: MonthCustomer[];
  cooperating: MonthCustomer[];
  counts: ActivityCounts;
}

/** A record belongs to the month when its visit, sample or deal date falls inside it. */
export function belongsToMonth(record: CustomerRecord, month: YearMonth): boolean {
  return isInMonth(record.visitDate, month) || isInMonth(record.sampleDate, month) || isInMonth(record.dealDate, month);
}

function asOfMonthEnd(date: CalendarDate | null, monthEnd: CalendarDate): CalendarDate | null {
  return date && date <= monthEnd ? date : null;
}

function monthCustomer(record: CustomerRecord, month: YearMonth): MonthCustomer {
  const monthEnd = lastDayOfMonth(month);
  const dealDate = asOfMonthEnd(record.dealDate, monthEnd);
  // A row adopted from an old sheet may say 合作 without a date; trust the status then.
  const cooperating = record.dealDate ? dealDate !== null : record.status === 'deal';
  const inMonth = [record.visitDate, record.sampleDate, record.dealDate]
    .filter((date): date is CalendarDate => isInMonth(date, month))
    .sort(compareDates);
  return {
    record,
    visitDate: asOfMonthEnd(record.visitDate, monthEnd),
    sampleDate: asOfMonthEnd(record.sampleDate, monthEnd),
    dealDate,
    zone: cooperating ? 'cooperating' : 'visitedOrSampled',
    firstActivityInMonth: inMonth[0],
  };
}

function countActivities(records: CustomerRecord[], month: YearMonth): ActivityCounts {
  const count = (date: (r: CustomerRecord) => CalendarDate | null) => records.filter((r) => isInMonth(date(r), month)).length;
  return { visits: count((r) => r.visitDate), samples: count((r) => r.sampleDate), deals: count((r) => r.dealDate) };
}

function byActivityThenName(a: MonthCustomer, b: MonthCustomer): number {
  return compareDates(a.firstActivityInMonth, b.firstActivityInMonth) || compareChinese(a.record.name, b.record.name);
}

/** Without a roster, a rep is filed under the department their records of the month name most often. */
function commonestDepartment(records: CustomerRecord[]): string {
  const tally = new Map<string, number>();
  for (const r of records) tally.set(r.department.trim(), (tally.get(r.department.trim()) ?? 0) + 1);
  return [...tally].sort(([a, x], [b, y]) => y - x || compareChinese(a, b))[0]?.[0] ?? '';
}

/**
 * The month per rep, ordered by department (the roster's order) then rep. Roster reps with nothing in the month are included
 * with zero counts (the PK table shows them too); a rep who is missing from the roster is never dropped.
 */
export function monthActivity(records: CustomerRecord[], month: YearMonth, roster: readonly RepAssignment[] = []): RepMonth[] {
  const byRep = new Map<string, CustomerRecord[]>();
  for (const assignment of roster) byRep.set(assignment.name.trim(), []);
  for (const record of records) {
    if (!belongsToMonth(record, month)) continue;
    const rep = record.rep.trim();
    const repRecords = byRep.get(rep);
    if (repRecords) repRecords.push(record);
    else byRep.set(rep, [record]);
  }
  const rosterDepartment = new Map(roster.map((a) => [a.name.trim(), a.department.trim()]));
  const reps = [...byRep].map(([rep, repRecords]): RepMonth => {
    const customers = repRecords.map((r) => monthCustomer(r, month)).sort(byActivityThenName);
    return {
      rep,
      department: rosterDepartment.get(rep) ?? commonestDepartment(repRecords),
      visitedOrSampled: customers.filter((c) => c.zone === 'visitedOrSampled'),
      cooperating: customers.filter((c) => c.zone === 'cooperating'),
      counts: countActivities(repRecords, month),
    };
  });
  const byDepartment = departmentOrder(roster);
  return reps.sort((a, b) => byDepartment(a.department, b.department) || compareNamesBlankLast(a.rep, b.rep));
}

/** Records with no department or rep filed go at the end, where a manager looks for loose ends. */
function compareNamesBlankLast(a: string, b: string): number {
  return Number(a === '') - Number(b === '') || compareChinese(a, b);
}
