import { monthsBetween, type CalendarDate } from '../dates/calendarDate';
import type { ClaimPolicy } from './claimPolicy';

/** One person on the team's roster (花名册). */
export interface RosterMember {
  name: string;
  department: string;
  isManager: boolean;
  hireDate: CalendarDate;
  /** Only used to say 王先生 / 王女士 in a handover script; unknown → the full name is used. */
  gender?: 'male' | 'female';
}

/** A rep whose hire date nobody entered counts as hired long ago: no new-hire preference on a guess. */
export const UNKNOWN_HIRE_DATE = '1900-01-01' as CalendarDate;

/** A roster entry as the rules see it (a missing hire date is UNKNOWN_HIRE_DATE). */
export function rosterMemberOf(entry: { name: string; department: string; isManager: boolean; hireDate: CalendarDate | null }): RosterMember {
  return { name: entry.name, department: entry.department, isManager: entry.isManager, hireDate: entry.hireDate ?? UNKNOWN_HIRE_DATE };
}

export function findMember(roster: readonly RosterMember[], name: string): RosterMember | undefined {
  return roster.find((m) => m.name === name);
}

/** Completed months since hiring; someone hired in the future has tenure 0. */
export function tenureMonths(member: RosterMember, today: CalendarDate): number {
  return Math.max(0, monthsBetween(member.hireDate, today));
}

/** A new hire has tenure < newHireMonths (whether or not the new-hire rule is switched on). */
export function isNewHire(member: RosterMember, policy: ClaimPolicy, today: CalendarDate): boolean {
  return tenureMonths(member, today) < policy.newHire.newHireMonths;
}
