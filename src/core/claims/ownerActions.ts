import { message } from '../../i18n/message';
import type { ActivityEntry } from './activity';
import type { ClaimAction } from './claimAction';
import { allowOrWarn, concluded, type ClaimContext, type ClaimDecision } from './claimDecision';
import { claimOn, isActive, withClaim, type ClaimState } from './claimState';

type ReleaseAction = Extract<ClaimAction, { kind: 'release' }>;
type FollowUpAction = Extract<ClaimAction, { kind: 'followUp' }>;

/**
 * Early release (SPEC §4: allowed): the owner gives the customer back to 普通 — status 已释放, history kept.
 * A manager may release someone else's customer, but that is an override and needs a reason.
 */
export function decideRelease(state: ClaimState, action: ReleaseAction, ctx: ClaimContext, line: string): ClaimDecision {
  const { actor, today } = ctx;
  const claim = claimOn(state, line);
  if (!isActive(claim)) return concluded('block', [message('claims.notClaimed')], state);
  const entry: ActivityEntry = {
    kind: 'release', customerKey: state.customerKey, productLine: line, date: today, by: actor.name, rep: claim.owner,
  };
  if (claim.owner !== actor.name) {
    if (!actor.isManager || !ctx.policy.overrides.enabled) {
      return concluded('block', [message('claims.release.notOwner', { owner: claim.owner })], state);
    }
    const reason = action.reason?.trim() ?? '';
    if (!reason) return concluded('block', [message('claims.release.managerReason')], state);
    entry.reason = reason;
  }
  return allowOrWarn([], [], withClaim(state, { ...claim, status: 'released' }), [entry]);
}

/** The owner sets 再次跟进日期 (today or later, or none) and what happened (跟进情况). */
export function decideFollowUp(state: ClaimState, action: FollowUpAction, ctx: ClaimContext, line: string): ClaimDecision {
  const { actor, today } = ctx;
  const claim = claimOn(state, line);
  if (!isActive(claim)) return concluded('block', [message('claims.notClaimed')], state);
  if (claim.owner !== actor.name) {
    return concluded('block', [message('claims.followUp.notOwner', { owner: claim.owner })], state);
  }
  if (action.nextDate && action.nextDate < today) {
    return concluded('block', [message('claims.invalid.followUpDate', { date: action.nextDate, today })], state);
  }
  const notes = action.notes ?? claim.followUpNotes;
  const entry: ActivityEntry = {
    kind: 'followUp', customerKey: state.customerKey, productLine: line, date: today, by: actor.name, rep: actor.name,
    nextFollowUpDate: action.nextDate, notes,
  };
  return allowOrWarn([], [], withClaim(state, { ...claim, nextFollowUpDate: action.nextDate, followUpNotes: notes }),
    [entry]);
}
