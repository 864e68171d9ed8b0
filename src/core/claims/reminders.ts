import { daysBetween, type CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import type { ClaimState, LineClaim } from './claimState';
import { hasLapsed, protectedUntil, tierOf } from './protection';

/** Which customer and claim a list item is about. */
export interface ClaimRef {
  customerKey: string;
  customerName: string;
  productLine: string;
  owner: string;
}

/** Protection ends within remindDays: the owner should visit or sample again to renew it. */
export interface ExpiringProtection extends ClaimRef {
  protectedUntil: CalendarDate;
  /** 0 on 保护到期 itself (still protected that day). */
  daysLeft: number;
  message: Message;
}

/** Protection ran out before today: the customer is to be released (settleExpiry does it). */
export interface LapsedProtection extends ClaimRef {
  protectedUntil: CalendarDate;
  message: Message;
}

/** 再次跟进日期 is today or past. */
export interface DueFollowUp extends ClaimRef {
  dueDate: CalendarDate;
  /** 0 = due today. */
  overdueDays: number;
  message: Message;
}

export interface Reminders {
  expiring: ExpiringProtection[];
  lapsed: LapsedProtection[];
  followUps: DueFollowUp[];
}

function refOf(state: ClaimState, claim: LineClaim): ClaimRef {
  return { customerKey: state.customerKey, customerName: state.customerName, productLine: claim.productLine, owner: claim.owner };
}

/**
 * What a rep should act on today (or, with rep = null, the whole team — the manager's list): protection
 * ending within remindDays (soonest first), protection that has run out, and follow-ups due or overdue
 * (most overdue first). A dormant reminder or follow-up rule leaves its list empty; expiry itself belongs to
 * the protection rule.
 */
export function remindersFor(
  rep: string | null,
  states: Iterable<ClaimState>,
  policy: ClaimPolicy,
  today: CalendarDate,
): Reminders {
  const result: Reminders = { expiring: [], lapsed: [], followUps: [] };
  for (const state of states) {
    for (const claim of state.claims) {
      if (claim.status === 'released' || (rep !== null && claim.owner !== rep)) continue;
      const customer = state.customerName;
      const until = protectedUntil(claim, policy);
      if (hasLapsed(claim, policy, today) && until) {
        result.lapsed.push({ ...refOf(state, claim), protectedUntil: until,
          message: message('claims.reminder.expired', { customer, until }) });
        continue;
      }
      if (policy.reminders.enabled && until && tierOf(claim, policy, today) === 'close') {
        const days = daysBetween(today, until);
        if (days <= policy.reminders.remindDays) {
          result.expiring.push({ ...refOf(state, claim), protectedUntil: until, daysLeft: days,
            message: message('claims.reminder.expiring', { customer, until, days }) });
        }
      }
      const due = claim.nextFollowUpDate;
      if (policy.followUps.enabled && due && due <= today) {
        const overdue = daysBetween(due, today);
        result.followUps.push({ ...refOf(state, claim), dueDate: due, overdueDays: overdue,
          message: overdue === 0
            ? message('claims.reminder.followUpDue', { customer, date: due })
            : message('claims.reminder.followUpOverdue', { customer, date: due, days: overdue }) });
      }
    }
  }
  result.expiring.sort((a, b) => a.daysLeft - b.daysLeft);
  result.followUps.sort((a, b) => b.overdueDays - a.overdueDays);
  return result;
}
