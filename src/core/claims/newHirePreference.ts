import type { CalendarDate } from '../dates/calendarDate';
import type { ClaimPolicy } from './claimPolicy';
import { findMember, isNewHire, type RosterMember } from './roster';

/** A rep who wants an open (普通) customer, and the day they first contacted it. */
export interface Contender {
  rep: string;
  since: CalendarDate;
}

/**
 * Ranks the reps who want the same 普通 customer; the first one gets it (seed 001: 新人优先).
 * With the new-hire rule on, every new hire (tenure < newHireMonths today) ranks before every veteran;
 * within a group the earlier contact wins, then the name decides so the result never depends on input order.
 * Reps not on the roster count as veterans. With the rule dormant the earlier contact simply wins.
 * Protected customers (成交/紧密) are never contested this way: protection decides those.
 */
export function preferNewHire(
  contenders: readonly Contender[],
  roster: readonly RosterMember[],
  policy: ClaimPolicy,
  today: CalendarDate,
): Contender[] {
  const newHire = (rep: string) => {
    const member = findMember(roster, rep);
    return policy.newHire.enabled && !!member && isNewHire(member, policy, today);
  };
  const rank = contenders.map((c) => ({ c, newHire: newHire(c.rep) }));
  rank.sort((a, b) => {
    if (a.newHire !== b.newHire) return a.newHire ? -1 : 1;
    if (a.c.since !== b.c.since) return a.c.since < b.c.since ? -1 : 1;
    return a.c.rep < b.c.rep ? -1 : a.c.rep > b.c.rep ? 1 : 0;
  });
  return rank.map((r) => r.c);
}
