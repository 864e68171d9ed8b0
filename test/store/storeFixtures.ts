import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../../src/core/register/customerRecord';
import type { Actor, ClaimStore, EditContext, RosterEntry } from '../../src/store/claimStore';

export const TODAY = '2026-10-08' as CalendarDate;

export const MANAGER: RosterEntry = { name: '王经理', department: '销售部', isManager: true, hireDate: '2019-03-01' as CalendarDate };
export const ZHANG: RosterEntry = { name: '张三', department: '销售一部', isManager: false, hireDate: '2024-05-06' as CalendarDate };
export const LI: RosterEntry = { name: '李四', department: '销售二部', isManager: false, hireDate: null };

export function actor(entry: RosterEntry): Actor {
  return { name: entry.name };
}

export function edit(today: CalendarDate = TODAY): EditContext {
  return { editId: randomUUID(), today };
}

/** A fully filled row, so a round trip through a store shows every column survives. */
export function customer(name: string, key: string, owner: RosterEntry, overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    ...emptyCustomerRecord(),
    name,
    dedupeKey: key,
    rep: owner.name,
    department: owner.department,
    contactPerson: '陈工',
    phone: '0755-2345 6789',
    firstContactDate: '2026-10-01' as CalendarDate,
    visitDate: '2026-10-08' as CalendarDate,
    sampleModel: 'BL-466',
    status: 'visit',
    nextFollowUpDate: '2026-10-20' as CalendarDate,
    followUpNotes: '试用中，=SUM(A1) 不是公式',
    protectedUntil: '2027-01-06' as CalendarDate,
    grade: 'B',
    productLine: '涂料',
    remarks: '',
    ...overrides,
  };
}

/** The manager sets the roster up (allowed while the roster has no manager), then adds the two reps. */
export async function seedTeam(store: ClaimStore): Promise<void> {
  for (const entry of [MANAGER, ZHANG, LI]) {
    const outcome = await store.putRosterEntry(entry, actor(MANAGER), edit());
    if (!outcome.ok) throw new Error(`seeding the roster failed: ${outcome.reason.key}`);
  }
}
