import type { CalendarDate } from '../dates/calendarDate';
import type { CustomerGrade } from '../register/customerRecord';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import { tenureMonths, type RosterMember } from './roster';

/**
 * Why `member` may not own a customer of this grade, or null (seed 002: A-grade customers go to experienced
 * reps). Only grade A is restricted, and only while the rule is on.
 */
export function gradeProblem(
  member: RosterMember,
  grade: CustomerGrade | null,
  policy: ClaimPolicy,
  today: CalendarDate,
): Message | null {
  if (!policy.gradeA.enabled || grade !== 'A') return null;
  const tenure = tenureMonths(member, today);
  const months = policy.gradeA.gradeATenureMonths;
  return tenure >= months ? null : message('claims.grade.aRestricted', { months, rep: member.name, tenure });
}
