import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';
import { claimOn, type ClaimState, type LineClaim } from './claimState';
import { isProtected } from './protection';
import { protectedByMessage } from './protectionReason';

/**
 * The 查重键 of a customer's parent: the 上级客户 the row names, else the head office its own key points to
 * (a branch's key is "parent·branch"). The one definition the live check and the pane both use.
 */
export function parentKeyOf(record: { dedupeKey: string; parentCustomer: string }, keyOf: (name: string) => string): string | null {
  const named = record.parentCustomer.trim();
  if (named) return keyOf(named) || null;
  const dot = record.dedupeKey.indexOf('·');
  return dot > 0 ? record.dedupeKey.slice(0, dot) : null;
}

/** A parent customer (上级客户) protected by someone else, seen from one of its branches. */
export interface ParentConflict {
  claim: LineClaim;
  /** Block instead of warn for visits, samples and deals (setting branch.mode = 'block'). */
  blocks: boolean;
  reasons: Message[];
}

/**
 * A branch (分公司/办事处/子公司) of a protected parent is not protected itself, but whoever works it should
 * know — by default a warning, a block if the team chose so (seeds 001, 004). The parent's own owner, and
 * anyone when the parent is open, may work the branch freely.
 */
export function parentConflict(
  parent: ClaimState | null | undefined,
  rep: string,
  productLine: string,
  policy: ClaimPolicy,
  today: CalendarDate,
): ParentConflict | null {
  if (!policy.branch.enabled || !parent) return null;
  const claim = claimOn(parent, productLine);
  if (!claim || claim.owner === rep || !isProtected(claim, policy, today)) return null;
  return {
    claim,
    blocks: policy.branch.mode === 'block',
    reasons: [message('claims.branch.parentProtected', { parent: parent.customerName }), protectedByMessage(claim, policy)],
  };
}
