import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ActivityEntry, CreditShare } from './activity';
import type { ClaimAction } from './claimAction';
import { allowOrWarn, concluded, type ClaimContext, type ClaimDecision } from './claimDecision';
import { claimOn, isActive, withClaim, type ClaimState, type LineClaim } from './claimState';
import { advanceClaim, freshClaim } from './contactProgress';
import { contactEntry } from './contactRules';
import { gradeProblem } from './grades';
import { parentConflict } from './parentBranch';
import { isProtected, tierOf } from './protection';
import { protectedByMessage } from './protectionReason';
import { quotaProblem } from './quota';
import { findMember, isNewHire, tenureMonths, type RosterMember } from './roster';

type TransferAction = Extract<ClaimAction, { kind: 'transfer' }>;
type SurplusTransferAction = Extract<ClaimAction, { kind: 'surplusTransfer' }>;
type ForceClaimAction = Extract<ClaimAction, { kind: 'forceClaim' }>;

/** Overrides are manager-only, switchable, and never silent: the reason is mandatory (non-empty after trim). */
function overrideGate(reason: string, ctx: ClaimContext): Message | null {
  if (!ctx.policy.overrides.enabled) return message('claims.override.disabled');
  if (!ctx.actor.isManager) return message('claims.override.managerOnly');
  if (!reason.trim()) return message('claims.override.reasonRequired');
  return null;
}

/** The credit split when the former owner keeps `share` percent (a whole number 1–99); null if invalid. */
export function creditSplit(newOwner: string, formerOwner: string, share: number): CreditShare[] | null {
  if (!Number.isInteger(share) || share < 1 || share > 99) return null;
  return [{ rep: newOwner, percent: 100 - share }, { rep: formerOwner, percent: share }];
}

/** What taking on a 紧密 claim would break for the receiving rep: quota and grade. Managers may go ahead. */
function receiverWarnings(receiver: RosterMember, state: ClaimState, becomesClose: boolean, ctx: ClaimContext): Message[] {
  const { policy, today, closeCounts } = ctx;
  const warnings: Message[] = [];
  if (becomesClose && quotaProblem(receiver.name, closeCounts, policy, false)) {
    warnings.push(message('claims.override.overQuota', {
      rep: receiver.name, count: closeCounts.get(receiver.name) ?? 0, quota: policy.quota.closeQuota,
    }));
  }
  const grade = gradeProblem(receiver, state.grade, policy, today);
  if (grade) warnings.push(grade);
  return warnings;
}

/** The claim handed to a new owner: a fresh window from today (handover), dates and stage kept. */
function handedOver(claim: LineClaim, to: string, today: CalendarDate, creditShares: CreditShare[]): LineClaim {
  return { ...claim, owner: to, ownedSince: today, handedOverOn: today, creditShares };
}

type Preflight = { block: Message } | { receiver: RosterMember; claim: LineClaim; reason: string };

function preflightHandover(
  state: ClaimState, to: string, reason: string, ctx: ClaimContext, line: string,
): Preflight {
  const gate = overrideGate(reason, ctx);
  if (gate) return { block: gate };
  const receiver = findMember(ctx.roster, to);
  if (!receiver) return { block: message('claims.override.unknownRep', { rep: to }) };
  const claim = claimOn(state, line);
  if (!isActive(claim)) return { block: message('claims.notClaimed') };
  if (claim.owner === to) return { block: message('claims.override.sameOwner', { rep: to }) };
  return { receiver, claim, reason: reason.trim() };
}

function handoverEntry(
  kind: 'transfer' | 'surplusTransfer', state: ClaimState, claim: LineClaim, to: string, reason: string,
  creditShares: CreditShare[], ctx: ClaimContext,
): ActivityEntry {
  const entry: ActivityEntry = {
    kind, customerKey: state.customerKey, productLine: claim.productLine, date: ctx.today, by: ctx.actor.name, rep: to,
    from: claim.owner, reason,
  };
  if (creditShares.length) entry.creditShares = creditShares;
  return entry;
}

/** Manager hands a held customer to another rep (久攻不下, a rep leaves …); logged with the reason. */
export function decideTransfer(state: ClaimState, action: TransferAction, ctx: ClaimContext, line: string): ClaimDecision {
  const pre = preflightHandover(state, action.to, action.reason, ctx, line);
  if ('block' in pre) return concluded('block', [pre.block], state);
  const { receiver, claim, reason } = pre;
  let shares: CreditShare[] = [];
  if (action.formerOwnerShare !== undefined) {
    const split = creditSplit(receiver.name, claim.owner, action.formerOwnerShare);
    if (!split) return concluded('block', [message('claims.credit.invalidShare', { share: action.formerOwnerShare })], state);
    shares = split;
  }
  const next = handedOver(claim, receiver.name, ctx.today, shares);
  const warnings = receiverWarnings(receiver, state, tierOf(next, ctx.policy, ctx.today) === 'close', ctx);
  return allowOrWarn(warnings, [message('claims.override.replacesOwner', { from: claim.owner, to: receiver.name })],
    withClaim(state, next), [handoverEntry('transfer', state, claim, receiver.name, reason, shares, ctx)]);
}

/**
 * Seed 001: a veteran with more 紧密 customers than the quota gives the surplus to a new hire and keeps a
 * share of the credit (larger than for 普通 customers — the manager sets it). Only a 紧密 customer of a rep
 * over quota may go, only to a new hire who still has room.
 */
export function decideSurplusTransfer(
  state: ClaimState, action: SurplusTransferAction, ctx: ClaimContext, line: string,
): ClaimDecision {
  const { policy, today, closeCounts } = ctx;
  const pre = preflightHandover(state, action.to, action.reason, ctx, line);
  if ('block' in pre) return concluded('block', [pre.block], state);
  const { receiver, claim, reason } = pre;
  const block = (m: Message) => concluded('block', [m], state);
  if (!policy.newHire.enabled || !policy.quota.enabled) return block(message('claims.surplus.disabled'));
  if (tierOf(claim, policy, today) !== 'close') return block(message('claims.surplus.notClose'));
  const quota = policy.quota.closeQuota;
  const count = closeCounts.get(claim.owner) ?? 0;
  if (count <= quota) return block(message('claims.surplus.noSurplus', { owner: claim.owner, count, quota }));
  if (!isNewHire(receiver, policy, today)) {
    return block(message('claims.surplus.notNewHire', {
      rep: receiver.name, tenure: tenureMonths(receiver, today), months: policy.newHire.newHireMonths,
    }));
  }
  const full = quotaProblem(receiver.name, closeCounts, policy, false);
  if (full) return block(full);
  const shares = creditSplit(receiver.name, claim.owner, action.formerOwnerShare);
  if (!shares) return block(message('claims.credit.invalidShare', { share: action.formerOwnerShare }));
  const grade = gradeProblem(receiver, state.grade, policy, today);
  return allowOrWarn(grade ? [grade] : [], [message('claims.override.replacesOwner', { from: claim.owner, to: receiver.name })],
    withClaim(state, handedOver(claim, receiver.name, today, shares)),
    [handoverEntry('surplusTransfer', state, claim, receiver.name, reason, shares, ctx)]);
}

/**
 * Manager registers a visit, sample or deal for `rep` that the rules would block (a settled collision, an
 * agreed exception to the quota …). It goes through, but the decision warns with everything it overrides,
 * and the log holds both the contact and the override with its reason.
 */
export function decideForceClaim(state: ClaimState, action: ForceClaimAction, ctx: ClaimContext, line: string): ClaimDecision {
  const { policy, today } = ctx;
  const gate = overrideGate(action.reason, ctx);
  if (gate) return concluded('block', [gate], state);
  const receiver = findMember(ctx.roster, action.rep);
  if (!receiver) return concluded('block', [message('claims.override.unknownRep', { rep: action.rep })], state);

  const contact = { kind: action.contact, date: action.date ?? today, sampleModel: action.sampleModel?.trim() ?? '' };
  const claim = claimOn(state, line);
  const held = isActive(claim) ? claim : undefined;
  const keeps = held?.owner === receiver.name;
  const overridden: Message[] = [];
  if (held && !keeps && isProtected(held, policy, today)) {
    overridden.push(message('claims.override.overridesProtection', { owner: held.owner }), protectedByMessage(held, policy));
  }
  const next = held && keeps ? advanceClaim(held, contact) : freshClaim(line, receiver.name, contact);
  const wasClose = keeps && tierOf(held, policy, today) === 'close';
  overridden.push(...receiverWarnings(receiver, state, !wasClose && tierOf(next, policy, today) === 'close', ctx));
  overridden.push(...(parentConflict(ctx.parent, receiver.name, line, policy, today)?.reasons ?? []));

  const override: ActivityEntry = {
    kind: 'forceClaim', customerKey: state.customerKey, productLine: line, date: today, by: ctx.actor.name,
    rep: receiver.name, reason: action.reason.trim(),
  };
  if (held && !keeps) override.from = held.owner;
  return allowOrWarn(overridden, [], withClaim(state, next),
    [contactEntry(state, line, contact, ctx.actor.name, receiver.name), override]);
}
