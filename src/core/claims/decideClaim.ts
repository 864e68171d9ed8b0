import { message, type Message } from '../../i18n/message';
import { isContactAction, type ClaimAction } from './claimAction';
import { concluded, type ClaimContext, type ClaimDecision } from './claimDecision';
import type { ClaimState } from './claimState';
import { decideContact } from './contactRules';
import { decideForceClaim, decideSurplusTransfer, decideTransfer } from './override';
import { decideFollowUp, decideRelease } from './ownerActions';
import { lineProblem } from './productLineList';
import { decideSetPrimary, lineKeyOf } from './productLines';
import { settleExpiry } from './protection';

/** Input that cannot be registered whatever the rules say: a future date, a sample without model, no line. */
function inputProblem(action: ClaimAction, ctx: ClaimContext, line: string): Message | null {
  const { today, policy } = ctx;
  const date = isContactAction(action) || action.kind === 'forceClaim' ? action.date : undefined;
  if (date && date > today) return message('claims.invalid.futureDate', { date, today });
  const isSample = action.kind === 'sample' || (action.kind === 'forceClaim' && action.contact === 'sample');
  if (isSample && !(action.sampleModel ?? '').trim()) return message('claims.invalid.sampleModel');
  return action.kind === 'setPrimary' ? null : lineProblem(line, policy);
}

/**
 * The claim rules (SPEC §4) as one pure function: the customer's state, what the acting rep or manager
 * wants to do, and the context (roster, policy, today, everyone's 紧密 counts, the parent) → allow / warn /
 * block with the reasons, the next state and the activity entries to append. First, claims whose protection
 * ran out before `today` are released (and logged), so every rule sees the customer as it is today.
 */
export function decideClaim(state: ClaimState, action: ClaimAction, ctx: ClaimContext): ClaimDecision {
  const settled = settleExpiry(state, ctx.policy, ctx.today);
  const line = lineKeyOf(action.kind === 'setPrimary' ? {} : action, ctx.policy);
  const problem = inputProblem(action, ctx, line);
  const ruling = problem
    ? concluded('block', [problem], settled.state)
    : rule(settled.state, action, ctx, line);
  return { ...ruling, log: [...settled.log, ...ruling.log] };
}

function rule(state: ClaimState, action: ClaimAction, ctx: ClaimContext, line: string): ClaimDecision {
  switch (action.kind) {
    case 'phone':
    case 'visit':
    case 'sample':
    case 'deal':
      return decideContact(state, action, ctx, line);
    case 'release':
      return decideRelease(state, action, ctx, line);
    case 'followUp':
      return decideFollowUp(state, action, ctx, line);
    case 'transfer':
      return decideTransfer(state, action, ctx, line);
    case 'surplusTransfer':
      return decideSurplusTransfer(state, action, ctx, line);
    case 'forceClaim':
      return decideForceClaim(state, action, ctx, line);
    case 'setPrimary':
      return decideSetPrimary(state, action, ctx);
  }
}
