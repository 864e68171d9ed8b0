import { findMember, rosterMemberOf, type ClaimPolicy, type ContactAction, type RosterMember } from '.';
import type { CalendarDate } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';

/** When a register row's claim began: its earliest contact, or null for a row with no dates yet. */
export function claimStart(record: CustomerRecord): CalendarDate | null {
  // Register order asks this of every row many times over (sorts, the quota's order): no arrays made per call.
  return earlier(earlier(record.firstContactDate, record.visitDate), earlier(record.sampleDate, record.dealDate));
}

function earlier(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  return a === null || (b !== null && b < a) ? b : a;
}

/** What registering this row amounts to for the claim rules: its latest stage on its date; null once released. */
export function contactActionOf(record: CustomerRecord, policy: ClaimPolicy): ContactAction | null {
  const line = policy.productLines.enabled ? { productLine: record.productLine.trim() } : {};
  const date = (d: CalendarDate | null) => (d ? { date: d } : {});
  switch (record.status) {
    case 'released':
      return null;
    case 'phone':
      return { kind: 'phone', ...line, ...date(record.firstContactDate) };
    case 'visit':
      return { kind: 'visit', ...line, ...date(record.visitDate) };
    case 'sample':
      return { kind: 'sample', sampleModel: record.sampleModel, ...line, ...date(record.sampleDate) };
    case 'deal':
      return { kind: 'deal', ...line, ...date(record.dealDate) };
  }
}

/** The roster entry of a row's rep, or a stand-in for a rep not (yet) on the roster. */
export function memberFor(record: CustomerRecord, roster: readonly RosterMember[]): RosterMember {
  const name = record.rep.trim();
  return findMember(roster, name) ?? rosterMemberOf({ name, department: record.department.trim(), isManager: false, hireDate: null });
}
