import type { CalendarDate } from '../dates/calendarDate';
import type { ClaimPolicy } from './claimPolicy';
import { claimOn, type ClaimState } from './claimState';
import { tierOf } from './protection';
import { quotaProblem } from './quota';
import { isNewHire, type RosterMember } from './roster';

/** A veteran's surplus 紧密 customer a manager may hand to a new hire (seed 001), and who may receive it. */
export interface SurplusOffer {
  owner: string;
  count: number;
  quota: number;
  /** New hires with room under the quota, in roster order. */
  newHires: string[];
}

/**
 * Whether the manager's 多余紧密客户转新人 applies to this claim: it is 紧密, its owner is a veteran holding
 * more 紧密 customers than the quota, and some new hire still has room. Null otherwise (the action is not
 * offered), so the pane never shows a button the rules would refuse.
 */
export function surplusOffer(
  state: ClaimState, line: string, ctx: { roster: readonly RosterMember[]; policy: ClaimPolicy; today: CalendarDate; closeCounts: ReadonlyMap<string, number> },
): SurplusOffer | null {
  const { roster, policy, today, closeCounts } = ctx;
  if (!policy.newHire.enabled || !policy.quota.enabled || !policy.overrides.enabled) return null;
  const claim = claimOn(state, line);
  if (!claim || tierOf(claim, policy, today) !== 'close') return null;
  const owner = roster.find((m) => m.name === claim.owner);
  const count = closeCounts.get(claim.owner) ?? 0;
  const quota = policy.quota.closeQuota;
  if (!owner || isNewHire(owner, policy, today) || count <= quota) return null;
  const newHires = roster.filter((m) => m.name !== claim.owner && isNewHire(m, policy, today) && !quotaProblem(m.name, closeCounts, policy, false))
    .map((m) => m.name);
  return newHires.length > 0 ? { owner: claim.owner, count, quota, newHires } : null;
}
