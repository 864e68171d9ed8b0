import type { CalendarDate } from '../dates/calendarDate';
import { message } from '../../i18n/message';
import type { ActivityEntry } from './activity';
import type { ClaimAction } from './claimAction';
import type { ClaimPolicy } from './claimPolicy';
import { allowOrWarn, concluded, type ClaimContext, type ClaimDecision } from './claimDecision';
import type { ClaimState, PrimaryOwner } from './claimState';
import { findMember, type RosterMember } from './roster';
import { effectiveLine } from './productLineList';
import { hasLapsed } from './protection';

type SetPrimaryAction = Extract<ClaimAction, { kind: 'setPrimary' }>;

/**
 * The product line a claim is on: with product lines on (seed 004) a supermarket can be held by the small-
 * appliance rep and the power-tools rep at once; with them off every claim is on the whole customer (''). A
 * registration without a line is on the team's default line (productLineList.effectiveLine).
 */
export function lineKeyOf(action: { productLine?: string }, policy: ClaimPolicy): string {
  return effectiveLine(action.productLine, policy);
}

/** The reps holding a line of this customer today, in the order they got it. */
export function lineOwners(state: ClaimState, policy: ClaimPolicy, today: CalendarDate): string[] {
  const held = state.claims
    .filter((c) => c.status !== 'released' && !hasLapsed(c, policy, today))
    .sort((a, b) => (a.ownedSince < b.ownedSince ? -1 : a.ownedSince > b.ownedSince ? 1 : 0));
  return [...new Set(held.map((c) => c.owner))];
}

/** 主负责人: the one a manager named while they still hold a line, otherwise whoever got a line first. */
export function primaryOwnerOf(state: ClaimState, policy: ClaimPolicy, today: CalendarDate): string | null {
  const owners = lineOwners(state, policy, today);
  if (state.primary && owners.includes(state.primary.rep)) return state.primary.rep;
  return owners[0] ?? null;
}

/** Manager names the 主负责人 and records how the customer's credit is split between the line owners. */
export function decideSetPrimary(state: ClaimState, action: SetPrimaryAction, ctx: ClaimContext): ClaimDecision {
  const { policy, today, actor } = ctx;
  const block = (m: ReturnType<typeof message>) => concluded('block', [m], state);
  if (!policy.productLines.enabled) return block(message('claims.primary.disabled'));
  if (!actor.isManager) return block(message('claims.override.managerOnly'));
  const owners = lineOwners(state, policy, today);
  const stranger = [action.rep, ...action.split.map((s) => s.rep)].find((rep) => !owners.includes(rep));
  if (stranger !== undefined) return block(message('claims.primary.notOwner', { rep: stranger }));
  const total = action.split.reduce((sum, s) => sum + s.percent, 0);
  if (total !== 100 || action.split.some((s) => !Number.isInteger(s.percent) || s.percent <= 0)) {
    return block(message('claims.primary.splitTotal', { total }));
  }
  const entry: ActivityEntry = {
    kind: 'setPrimary', customerKey: state.customerKey, productLine: '', date: today, by: actor.name, rep: action.rep,
    creditShares: action.split,
  };
  return allowOrWarn([], [], { ...state, primary: { rep: action.rep, split: action.split } }, [entry]);
}

/**
 * The 主负责人 a manager named, from the customer's log: the latest naming made by someone the roster knows
 * as a manager (the log is add-only for everyone, so a rep's line naming himself is ignored). Null if none.
 */
export function namedPrimary(history: readonly ActivityEntry[], roster: readonly RosterMember[]): PrimaryOwner | null {
  let named: PrimaryOwner | null = null;
  for (const entry of history) {
    if (entry.kind !== 'setPrimary' || !entry.by || !findMember(roster, entry.by)?.isManager) continue;
    named = { rep: entry.rep, split: entry.creditShares ?? [] };
  }
  return named;
}
