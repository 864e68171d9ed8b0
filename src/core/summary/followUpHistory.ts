import { lastDayOfMonth, parseIsoDate, type CalendarDate, type YearMonth } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';

/** A follow-up plan as a register row shows it: 再次跟进日期 and 跟进情况. */
export interface FollowUpPlan {
  nextFollowUpDate: CalendarDate | null;
  followUpNotes: string;
}

/**
 * One change of a customer's plan, from the append-only history: on `date` the plan `previous` (held by
 * `previousRep`) became `next` (held by `rep`). A change of owner is a change of whose plan it is.
 */
export interface LoggedPlanChange {
  customerKey: string;
  date: CalendarDate;
  rep: string;
  previousRep: string;
  previous: FollowUpPlan;
  next: FollowUpPlan;
}

export const NO_PLAN: FollowUpPlan = { nextFollowUpDate: null, followUpNotes: '' };

export function planOf(record: Pick<CustomerRecord, 'nextFollowUpDate' | 'followUpNotes'>): FollowUpPlan {
  return { nextFollowUpDate: record.nextFollowUpDate, followUpNotes: record.followUpNotes };
}

export function samePlan(a: FollowUpPlan, b: FollowUpPlan): boolean {
  return a.nextFollowUpDate === b.nextFollowUpDate && a.followUpNotes === b.followUpNotes;
}

/**
 * Whether a row write from `before` (undefined: a new customer) to `after` must log a plan change: the plan
 * changed, or a plan changed hands with the customer (so a later month can tell whose plan it was).
 */
export function planChangeOf(before: CustomerRecord | undefined, after: CustomerRecord): Omit<LoggedPlanChange, 'date'> | null {
  const previous = before ? planOf(before) : NO_PLAN;
  const next = planOf(after);
  const planMoved = before !== undefined && before.rep !== after.rep && !(samePlan(previous, NO_PLAN) && samePlan(next, NO_PLAN));
  if (samePlan(previous, next) && !planMoved) return null;
  return { customerKey: after.dedupeKey, rep: after.rep, previousRep: before?.rep ?? '', previous, next };
}

/**
 * The plan as it stood at the end of `month`, and whose it was: the last change made by then; else, when the
 * history only holds later changes, the plan the first of them replaced; else (never changed since the
 * history began) the row's current plan. `changes` are this customer's, in the order they were logged.
 */
export function planAtMonthEnd(
  record: CustomerRecord, changes: readonly LoggedPlanChange[], month: YearMonth,
): { rep: string; plan: FollowUpPlan } {
  const end = lastDayOfMonth(month);
  const byThen = changes.filter((c) => c.date <= end).at(-1);
  if (byThen) return { rep: byThen.rep, plan: byThen.next };
  const later = changes.find((c) => c.date > end);
  if (later) return { rep: later.previousRep || later.rep, plan: later.previous };
  return { rep: record.rep.trim(), plan: planOf(record) };
}

/**
 * How a plan change is kept in the log's free-text detail: JSON, so any notes (with any punctuation) come
 * back exactly. `[previous, next]`, each `[date or '', notes]`.
 */
export function planChangeDetail(change: Pick<LoggedPlanChange, 'previous' | 'next'>): string {
  const pair = (plan: FollowUpPlan) => [plan.nextFollowUpDate ?? '', plan.followUpNotes];
  return JSON.stringify([pair(change.previous), pair(change.next)]);
}

/** The plans a detail written by `planChangeDetail` holds; null for anything else. */
export function parsePlanChangeDetail(detail: string): Pick<LoggedPlanChange, 'previous' | 'next'> | null {
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  const plan = (pair: unknown): FollowUpPlan | null => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return null;
    const date = pair[0] === '' ? null : parseIsoDate(pair[0]);
    return pair[0] !== '' && !date ? null : { nextFollowUpDate: date, followUpNotes: pair[1] };
  };
  if (!Array.isArray(value) || value.length !== 2) return null;
  const previous = plan(value[0]);
  const next = plan(value[1]);
  return previous && next ? { previous, next } : null;
}
