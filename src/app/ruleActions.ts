import {
  claimFromRecord, customerKeyOf, decideClaim, namedPrimary, newClaimState, primaryOwnerOf, surplusOffer,
  type ClaimState, type CreditShare, type LineClaim, type PrimaryOwner, type SurplusOffer,
} from '../core/claims';
import type { CustomerGrade } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import { claimHistory, claimStateOf, rosterMember, storedActivity } from './claimBridge';
import type { RegisterWorkspace } from './registerWorkspace';

/**
 * The manager's actions of the rules a growing team switches on, over the one register: naming the 主负责人
 * of a customer's product lines (seed 004), the customer's grade (seed 002) and where the surplus handover
 * applies (seed 001). The rules decide; the store records; the register follows the store.
 */

/** Every line's claim of one customer (its 查重键), with the 主负责人 a manager named in its log. */
export function customerLines(workspace: RegisterWorkspace, customerKey: string): ClaimState {
  const { policy } = workspace;
  const records = workspace.records().filter((r) => customerKeyOf(r.dedupeKey) === customerKey);
  const claims = records.flatMap((r): LineClaim[] => {
    const claim = claimFromRecord(r, policy, claimHistory(activitiesOf(workspace, r.dedupeKey)));
    return claim ? [claim] : [];
  });
  const history = claimHistory(activitiesOf(workspace, customerKey));
  const own = records.find((r) => r.dedupeKey === customerKey) ?? records[0];
  return {
    ...newClaimState(customerKey, own?.name ?? customerKey, { grade: own?.grade ?? null }), claims, history,
    primary: namedPrimary(history, workspace.members),
  };
}

/** 主负责人 of a customer today and the split a manager recorded (none while nobody named one). */
export function primaryOf(workspace: RegisterWorkspace, customerKey: string): { rep: string | null; named: PrimaryOwner | null } {
  const state = customerLines(workspace, customerKey);
  const rep = primaryOwnerOf(state, workspace.policy, workspace.today);
  return { rep, named: state.primary && state.primary.rep === rep ? state.primary : null };
}

/**
 * Manager: names the 主负责人 among the customer's line owners and how its credit is split between them. The
 * rules check it (managers only, owners only, 100% in whole percent); the naming is one line of the log.
 */
export async function setPrimaryOwner(
  workspace: RegisterWorkspace, customerKey: string, rep: string, split: CreditShare[],
): Promise<Message | null> {
  const user = workspace.currentUser;
  if (!user) return message('taskpane.user.required');
  const state = customerLines(workspace, customerKey);
  const decision = decideClaim(state, { kind: 'setPrimary', rep, split }, {
    actor: rosterMember(user), roster: workspace.members, policy: workspace.policy, today: workspace.today,
    closeCounts: workspace.closeCounts(),
  });
  if (decision.outcome === 'block') return decision.reasons[0];
  // The id names the edit (the customer's n-th naming): a replay of it adds nothing to the log.
  const namings = activitiesOf(workspace, customerKey).filter((a) => a.kind === 'primary').length;
  for (const [n, entry] of decision.log.entries()) {
    const activity = storedActivity(entry, state.customerName, `primary:${customerKey}:${namings + 1}:${n}`);
    if (!activity) continue;
    const appended = await workspace.store.appendActivity(activity);
    if (!appended.ok) return appended.reason;
  }
  await workspace.refresh();
  return null;
}

/**
 * Manager: sets 客户等级. The grade is the customer's (seed 002 grades customers, not product lines), so every
 * line's row of the customer gets it; the A-grade tenure rule reads it whichever line is claimed.
 */
export async function setCustomerGrade(workspace: RegisterWorkspace, key: string, grade: CustomerGrade | null): Promise<Message | null> {
  const user = workspace.currentUser;
  if (!user) return message('taskpane.user.required');
  if (!user.isManager) return message('claims.override.managerOnly');
  const customerKey = customerKeyOf(key);
  const lines = workspace.records().filter((r) => customerKeyOf(r.dedupeKey) === customerKey);
  if (lines.length === 0 || !workspace.customer(key)) return message('claims.notClaimed');
  for (const record of lines) {
    const stored = workspace.customer(record.dedupeKey);
    if (!stored || stored.record.grade === grade) continue;
    const updated = await workspace.store.updateCustomer({ ...stored.record, grade }, stored.version, { name: user.name }, {
      editId: `grade:${record.dedupeKey}:${stored.version}:${grade ?? ''}`, today: workspace.today,
    });
    if (!updated.ok) return updated.reason;
  }
  await workspace.refresh();
  return null;
}

/** Where a manager is offered 多余紧密客户转新人 for this stored claim (seed 001), or null. */
export function surplusOfferFor(workspace: RegisterWorkspace, key: string): SurplusOffer | null {
  const record = workspace.customer(key)?.record;
  if (!record) return null;
  const { policy } = workspace;
  const state = claimStateOf(record, activitiesOf(workspace, key), policy);
  const line = state.claims[0]?.productLine ?? '';
  return surplusOffer(state, line, { roster: workspace.members, policy, today: workspace.today, closeCounts: workspace.closeCounts() });
}

function activitiesOf(workspace: RegisterWorkspace, key: string) {
  return workspace.activities().filter((a) => a.dedupeKey === key);
}
