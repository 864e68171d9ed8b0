import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import type { ClaimState, LineClaim } from './claimState';
import { protectedUntil, tierOf } from './protection';

/** A claim together with the customer it is on. */
export interface HeldClaim {
  state: ClaimState;
  claim: LineClaim;
}

/** Every 紧密 claim today (deals are unlimited and not counted; 普通 ones are nobody's). */
export function closeClaims(states: Iterable<ClaimState>, policy: ClaimPolicy, today: CalendarDate): HeldClaim[] {
  const held: HeldClaim[] = [];
  for (const state of states) {
    for (const claim of state.claims) if (tierOf(claim, policy, today) === 'close') held.push({ state, claim });
  }
  return held;
}

/** How many 紧密 claims each rep holds today — what decideClaim needs to enforce the quota. */
export function countCloseClaims(
  states: Iterable<ClaimState>,
  policy: ClaimPolicy,
  today: CalendarDate,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { claim } of closeClaims(states, policy, today)) counts.set(claim.owner, (counts.get(claim.owner) ?? 0) + 1);
  return counts;
}

/** Why `rep` may not protect one more customer, or null. `asActor` words it for the rep themself. */
export function quotaProblem(
  rep: string,
  counts: ReadonlyMap<string, number>,
  policy: ClaimPolicy,
  asActor: boolean,
): Message | null {
  if (!policy.quota.enabled) return null;
  const count = counts.get(rep) ?? 0;
  const quota = policy.quota.closeQuota;
  if (count < quota) return null;
  return asActor ? message('claims.quota.full', { count, quota }) : message('claims.quota.repFull', { rep, count, quota });
}

/**
 * A rep's 紧密 claims beyond the quota (after the quota was lowered, or a manager force-claimed for them):
 * the ones with the oldest protection start, i.e. worked on least recently, are the surplus a manager may
 * move to a new hire. Empty when the quota is dormant.
 */
export function surplusCloseClaims(
  states: Iterable<ClaimState>,
  rep: string,
  policy: ClaimPolicy,
  today: CalendarDate,
): HeldClaim[] {
  if (!policy.quota.enabled) return [];
  const own = closeClaims(states, policy, today).filter((h) => h.claim.owner === rep);
  const surplus = own.length - policy.quota.closeQuota;
  if (surplus <= 0) return [];
  const untilOf = (h: HeldClaim) => protectedUntil(h.claim, policy) as CalendarDate;
  return own.sort((a, b) => (untilOf(a) < untilOf(b) ? -1 : untilOf(a) > untilOf(b) ? 1 : 0)).slice(0, surplus);
}
