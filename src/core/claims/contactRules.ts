import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { ActivityEntry } from './activity';
import type { ContactAction } from './claimAction';
import { allowOrWarn, concluded, type ClaimContext, type ClaimDecision } from './claimDecision';
import { claimOn, isActive, withClaim, type ClaimState, type LineClaim } from './claimState';
import { advanceClaim, freshClaim, type Contact } from './contactProgress';
import { gradeProblem } from './grades';
import { preferNewHire } from './newHirePreference';
import { parentConflict } from './parentBranch';
import { tierOf } from './protection';
import { protectedByMessage } from './protectionReason';
import { quotaProblem } from './quota';
import { findMember, isNewHire, type RosterMember } from './roster';

const CONTACT_KINDS: readonly string[] = ['phone', 'visit', 'sample', 'deal'];

/**
 * Seed 001's 新人优先 between the holder of a 普通 customer and a colleague claiming it by visit, sample or
 * deal: a veteran may not take it from a new hire (the rule refuses or sends it to a manager, per setting);
 * a new hire taking it from a veteran is told it is 新人优先. Null when the rule is dormant or does not apply.
 */
function newHirePreference(held: LineClaim, actor: RosterMember, ctx: ClaimContext): 'newHireHolds' | 'newHireTakes' | null {
  const { policy, today, roster } = ctx;
  if (!policy.newHire.enabled) return null;
  const holder = findMember(roster, held.owner);
  if (!holder) return null;
  const holderIsNew = isNewHire(holder, policy, today);
  const actorIsNew = isNewHire(actor, policy, today);
  if (holderIsNew && !actorIsNew) return 'newHireHolds';
  if (actorIsNew && !holderIsNew) return 'newHireTakes';
  return null;
}

/** The day `rep` last contacted the customer on this line, from the log; the claim's start if none is logged. */
function lastContactBy(state: ClaimState, claim: LineClaim): CalendarDate {
  let last = claim.ownedSince;
  for (const e of state.history) {
    if (e.rep === claim.owner && e.productLine === claim.productLine && CONTACT_KINDS.includes(e.kind) && e.date > last) {
      last = e.date;
    }
  }
  return last;
}

function contactOf(action: ContactAction, today: CalendarDate): Contact {
  return { kind: action.kind, date: action.date ?? today, sampleModel: action.kind === 'sample' ? action.sampleModel.trim() : '' };
}

export function contactEntry(state: ClaimState, productLine: string, contact: Contact, by: string, rep: string): ActivityEntry {
  const entry: ActivityEntry = { kind: contact.kind, customerKey: state.customerKey, productLine, date: contact.date, by, rep };
  if (contact.kind === 'sample') entry.sampleModel = contact.sampleModel;
  return entry;
}

/** A blocked registration, logged as 撞单 with the reason the rep was shown. */
function collisionEntry(
  state: ClaimState, productLine: string, contact: Contact, rep: string, owner: string, detail: Message,
): ActivityEntry {
  const entry: ActivityEntry = {
    kind: 'collision', customerKey: state.customerKey, productLine, date: contact.date, by: rep, rep, from: owner,
    attempted: contact.kind, detail,
  };
  if (contact.kind === 'sample') entry.sampleModel = contact.sampleModel;
  return entry;
}

/**
 * A rep registers a phone call, visit, sample or deal (SPEC §4):
 * - the owner's own contacts advance and renew the claim;
 * - on a customer someone else protects, a phone call is allowed with a warning, anything more is blocked
 *   with the reason and logged as a collision;
 * - an open (普通) customer goes to whoever visits, samples or closes it; a phone call leaves it with its
 *   holder unless the new-hire preference says otherwise;
 * then grade, quota and parent/branch rules apply to whoever ends up holding it.
 */
export function decideContact(state: ClaimState, action: ContactAction, ctx: ClaimContext, line: string): ClaimDecision {
  const { actor, policy, today } = ctx;
  const contact = contactOf(action, today);
  const claim = claimOn(state, line);
  const held = isActive(claim) ? claim : undefined;
  const tier = tierOf(claim, policy, today);
  const isOwner = held?.owner === actor.name;
  const entry = contactEntry(state, line, contact, actor.name, actor.name);

  if (held && !isOwner && tier !== 'open') {
    const protectedBy = protectedByMessage(held, policy);
    if (contact.kind === 'phone') {
      const warnings = policy.phoneWarning.enabled ? [protectedBy, message('claims.phone.askFirst')] : [];
      return allowOrWarn(warnings, [], state, [entry]);
    }
    // A manager's refused click is no 撞单: he is told so and offered the override, which is what gets logged.
    if (actor.isManager) return concluded('block', [protectedBy, message('claims.collision.managerAdvice')], state);
    return concluded('block', [protectedBy, message('claims.collision.advice')], state,
      [collisionEntry(state, line, contact, actor.name, held.owner, protectedBy)]);
  }

  const warnings: Message[] = [];
  const notes: Message[] = [];
  /** The claim after this contact; null when it stays as it is (a colleague's call on a held 普通 customer). */
  let next: LineClaim | null = null;
  if (held && isOwner) {
    next = advanceClaim(held, contact);
  } else if (held && contact.kind === 'phone') {
    const [winner] = preferNewHire(
      [{ rep: held.owner, since: held.ownedSince }, { rep: actor.name, since: contact.date }], ctx.roster, policy, today);
    if (winner.rep === actor.name) {
      const takeover = message('claims.newHire.takeover', { from: held.owner, to: actor.name });
      notes.push(takeover);
      entry.from = held.owner;
      entry.detail = takeover;
      next = freshClaim(line, actor.name, contact);
    } else {
      if (policy.phoneWarning.enabled) {
        warnings.push(message('claims.phone.colleagueCalled', { owner: held.owner, date: lastContactBy(state, held) }));
      }
      if (newHirePreference(held, actor, ctx) === 'newHireHolds') warnings.push(message('claims.newHire.heldByNewHire', { owner: held.owner }));
    }
  } else {
    if (held) {
      const preference = newHirePreference(held, actor, ctx);
      if (preference === 'newHireHolds') {
        const params = { owner: held.owner, date: lastContactBy(state, held) };
        if (actor.isManager) return concluded('block', [message('rules.newHire.managerAdvice', params)], state);
        const reason = message(policy.newHire.conflict === 'manager' ? 'rules.newHire.toManager' : 'rules.newHire.blocked', params);
        return concluded('block', [reason], state, [collisionEntry(state, line, contact, actor.name, held.owner, reason)]);
      }
      entry.from = held.owner;
      if (preference === 'newHireTakes') {
        const takeover = message('claims.newHire.takeover', { from: held.owner, to: actor.name });
        notes.push(takeover);
        entry.detail = takeover;
      } else if (held.status === 'phone') {
        notes.push(message('claims.claim.takesOverPhoneOnly', { owner: held.owner, date: lastContactBy(state, held) }));
      }
    } else if (claim && claim.owner !== actor.name) {
      notes.push(message('claims.claim.previouslyOwned', { owner: claim.owner }));
    }
    next = freshClaim(line, actor.name, contact);
  }

  const claiming = contact.kind !== 'phone';
  const grade = next && !isOwner ? gradeProblem(actor, state.grade, policy, today) : null;
  if (grade && claiming) return concluded('block', [grade], state);
  if (grade) warnings.push(grade);

  const newlyClose = !!next && tierOf(next, policy, today) === 'close' && !(isOwner && tier === 'close');
  const quota = newlyClose ? quotaProblem(actor.name, ctx.closeCounts, policy, true) : null;
  if (quota) return concluded('block', [quota], state);

  const branch = parentConflict(ctx.parent, actor.name, line, policy, today);
  if (branch && claiming && branch.blocks) {
    return concluded('block', branch.reasons, state,
      [collisionEntry(state, line, contact, actor.name, branch.claim.owner, branch.reasons[1])]);
  }
  if (branch) warnings.push(...branch.reasons);

  return allowOrWarn(warnings, notes, next ? withClaim(state, next) : state, [entry]);
}
