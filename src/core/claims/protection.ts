import { addDays, latestDate, type CalendarDate } from '../dates/calendarDate';
import type { ActivityEntry } from './activity';
import type { ClaimPolicy } from './claimPolicy';
import { withEntries, type ClaimState, type LineClaim } from './claimState';

/** Seed 001's tiers: 成交 (deal, no expiry, no quota) · 紧密 (protected, counted) · 普通 (open to all). */
export type ClaimTier = 'deal' | 'close' | 'open';

/**
 * 保护到期: the last protected day of a visit/sample window, or null when there is no date to show — not
 * protected (电话, 已释放, no dates, rule dormant) or a deal, protected without expiry. The window runs
 * `protectDays` from the latest visit or sample, or from a manager's handover, whichever is later.
 * A sample on 2026-10-15 with 90 days is protected through 2027-01-13 INCLUSIVE — on 保护到期 itself the
 * customer is still protected; it is released on the next day (2027-01-14).
 */
export function protectedUntil(claim: LineClaim, policy: ClaimPolicy): CalendarDate | null {
  if (claim.status === 'deal' && policy.dealProtection.enabled) return null;
  if (!policy.protection.enabled || claim.status === 'released' || claim.status === 'phone') return null;
  const from = latestDate(claim.visitDate, claim.sampleDate, claim.handedOverOn);
  return from ? addDays(from, policy.protection.protectDays) : null;
}

export function tierOf(claim: LineClaim | undefined, policy: ClaimPolicy, today: CalendarDate): ClaimTier {
  if (!claim || claim.status === 'released') return 'open';
  if (claim.status === 'deal' && policy.dealProtection.enabled) return 'deal';
  const until = protectedUntil(claim, policy);
  return until && today <= until ? 'close' : 'open';
}

/** Protected (成交 or 紧密) today, so that nobody else may claim it. */
export function isProtected(claim: LineClaim | undefined, policy: ClaimPolicy, today: CalendarDate): boolean {
  return tierOf(claim, policy, today) !== 'open';
}

/** Whether a visit/sample window has run out before `today` (the claim must then be released). */
export function hasLapsed(claim: LineClaim, policy: ClaimPolicy, today: CalendarDate): boolean {
  if (claim.status !== 'visit' && claim.status !== 'sample') return false;
  const until = protectedUntil(claim, policy);
  return !!until && until < today;
}

/**
 * Releases every claim whose protection ran out: status 已释放, owner and dates kept, one 'expired' entry
 * each (dated the first unprotected day), so the history shows when the customer became open again.
 */
export function settleExpiry(
  state: ClaimState,
  policy: ClaimPolicy,
  today: CalendarDate,
): { state: ClaimState; log: ActivityEntry[] } {
  const log: ActivityEntry[] = [];
  const claims = state.claims.map((claim) => {
    if (!hasLapsed(claim, policy, today)) return claim;
    log.push({
      kind: 'expired', customerKey: state.customerKey, productLine: claim.productLine,
      date: addDays(protectedUntil(claim, policy) as CalendarDate, 1), by: null, rep: claim.owner,
    });
    return { ...claim, status: 'released' as const };
  });
  return log.length ? { state: withEntries({ ...state, claims }, log), log } : { state, log };
}
