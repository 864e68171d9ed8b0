import { addMonths, monthsBetween, type CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import type { ClaimState } from './claimState';
import { tierOf } from './protection';

export interface RotationFlag {
  customerKey: string;
  customerName: string;
  productLine: string;
  owner: string;
  ownedSince: CalendarDate;
  monthsOwned: number;
  message: Message;
}

/**
 * Seed 002: a customer kept by the same rep for years becomes the rep's, not the company's — flag protected
 * customers (成交/紧密) owned LONGER than rotateMonths for a manager's review: owned since 2024-10-08 with 24
 * months is flagged from 2026-10-09 on. Longest-held first. Dormant rule → nothing flagged.
 */
export function rotationReview(states: Iterable<ClaimState>, policy: ClaimPolicy, today: CalendarDate): RotationFlag[] {
  if (!policy.rotation.enabled) return [];
  const limit = policy.rotation.rotateMonths;
  const flags: RotationFlag[] = [];
  for (const state of states) {
    for (const claim of state.claims) {
      if (tierOf(claim, policy, today) === 'open' || today <= addMonths(claim.ownedSince, limit)) continue;
      const months = monthsBetween(claim.ownedSince, today);
      flags.push({
        customerKey: state.customerKey, customerName: state.customerName, productLine: claim.productLine,
        owner: claim.owner, ownedSince: claim.ownedSince, monthsOwned: months,
        message: message('claims.rotation.review', {
          customer: state.customerName, owner: claim.owner, months, since: claim.ownedSince, limit,
        }),
      });
    }
  }
  return flags.sort((a, b) => (a.ownedSince < b.ownedSince ? -1 : a.ownedSince > b.ownedSince ? 1 : 0));
}
