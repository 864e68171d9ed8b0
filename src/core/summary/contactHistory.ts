import { isInMonth, lastDayOfMonth, type CalendarDate, type YearMonth } from '../dates/calendarDate';
import type { ContactKind } from '../claims/activity';
import type { CustomerRecord } from '../register/customerRecord';
import { NO_PLAN, planAtMonthEnd, type LoggedPlanChange } from './followUpHistory';

/** One contact from the append-only history, credited to the rep who made it. */
export interface LoggedContact {
  customerKey: string;
  kind: ContactKind;
  date: CalendarDate;
  rep: string;
  sampleModel?: string;
}

const ROW_DATES: readonly [ContactKind, (r: CustomerRecord) => CalendarDate | null][] = [
  ['phone', (r) => r.firstContactDate],
  ['visit', (r) => r.visitDate],
  ['sample', (r) => r.sampleDate],
  ['deal', (r) => r.dealDate],
];

/**
 * The contacts a register row shows that the history does not hold yet (a row adopted from an old sheet, a
 * seeded or typed row), credited to the row's rep. The add-in logs these before anything rewrites the row,
 * so a transfer or a force-claim never takes a contact out of the history.
 */
export function unloggedRowContacts(record: CustomerRecord, logged: readonly LoggedContact[]): LoggedContact[] {
  if (!record.rep.trim()) return [];
  const known = new Set(logged.filter((c) => c.customerKey === record.dedupeKey).map((c) => `${c.kind}|${c.date}`));
  return ROW_DATES.flatMap(([kind, dateOf]) => {
    const date = dateOf(record);
    if (!date || known.has(`${kind}|${date}`)) return [];
    const contact: LoggedContact = { customerKey: record.dedupeKey, kind, date, rep: record.rep.trim() };
    if (kind === 'sample' && record.sampleModel) contact.sampleModel = record.sampleModel;
    return [contact];
  });
}

/** The latest contact of a kind inside the month, else the latest before its end (what the month knew). */
function asOfMonth(contacts: readonly LoggedContact[], kind: ContactKind, month: YearMonth): LoggedContact | null {
  const end = lastDayOfMonth(month);
  const ofKind = contacts.filter((c) => c.kind === kind && c.date <= end);
  const inMonth = ofKind.filter((c) => isInMonth(c.date, month));
  const pool = inMonth.length > 0 ? inMonth : ofKind;
  if (kind === 'deal') return pool.reduce<LoggedContact | null>((first, c) => (!first || c.date < first.date ? c : first), null);
  return pool.reduce<LoggedContact | null>((latest, c) => (!latest || c.date > latest.date ? c : latest), null);
}

function byCustomer<T extends { customerKey: string }>(items: readonly T[]): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(item.customerKey);
    if (list) list.push(item);
    else byKey.set(item.customerKey, [item]);
  }
  return byKey;
}

/**
 * The register as a month saw it, from the history: one record per customer and rep who contacted it, with
 * that rep's own dates — so a month's summary, PK table and daily list credit each contact to the rep who
 * made it and read the same after later transfers, force-claims, releases and row edits. Contacts a row
 * shows but the history lacks count for the row's rep. 再次跟进 / 跟进情况 are the plan as it stood at the
 * month's end (from the logged plan changes), on the record of the rep whose plan it was.
 */
export function monthRecords(
  records: readonly CustomerRecord[], history: readonly LoggedContact[], month: YearMonth, plans: readonly LoggedPlanChange[] = [],
): CustomerRecord[] {
  const byKey = byCustomer(history);
  const plansByKey = byCustomer(plans);
  return records.flatMap((record) => {
    const logged = byKey.get(record.dedupeKey) ?? [];
    const planned = planAtMonthEnd(record, plansByKey.get(record.dedupeKey) ?? [], month);
    const contacts = [...logged, ...unloggedRowContacts(record, logged)];
    const reps = [...new Set(contacts.map((c) => c.rep))];
    return reps.flatMap((rep): CustomerRecord[] => {
      const theirs = contacts.filter((c) => c.rep === rep);
      const [phone, visit, sample, deal] = (['phone', 'visit', 'sample', 'deal'] as const).map((k) => asOfMonth(theirs, k, month));
      if (!visit && !sample && !deal && !phone) return [];
      const owner = rep === record.rep.trim();
      const firstContact = theirs.filter((c) => c.date <= lastDayOfMonth(month))
        .reduce<CalendarDate | null>((first, c) => (!first || c.date < first ? c.date : first), null);
      return [{
        ...record,
        rep,
        department: owner ? record.department : '',
        firstContactDate: owner ? record.firstContactDate ?? firstContact : firstContact,
        visitDate: visit?.date ?? null,
        sampleDate: sample?.date ?? null,
        sampleModel: sample?.sampleModel ?? (owner && sample ? record.sampleModel : ''),
        dealDate: deal?.date ?? null,
        status: deal ? 'deal' : owner ? record.status : sample ? 'sample' : visit ? 'visit' : 'phone',
        protectedUntil: owner ? record.protectedUntil : null,
        ...(rep === planned.rep ? planned.plan : NO_PLAN),
      }];
    });
  });
}
