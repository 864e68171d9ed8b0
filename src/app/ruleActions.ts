import {
  claimFromRecord, customerKeyOf, decideClaim, namedPrimary, newClaimState, primaryOwnerOf, surplusOffer,
  type ClaimState, type CreditShare, type LineClaim, type PrimaryOwner, type SurplusOffer,
} from '../core/claims';
import type { CustomerGrade } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { Activity, StoredCustomer } from '../store/claimStore';
import { claimHistory, claimStateOf, rosterMember, storedActivity } from './claimBridge';
import type { RegisterModel } from './registerModel';
import { refreshFromStore } from './sheetSync';

/**
 * The manager's actions of the rules a growing team switches on, over the one register: naming the 主负责人
 * of a customer's product lines (seed 004), the customer's grade (seed 002) and where the surplus handover
 * applies (seed 001). The rules decide; the store records; the register follows the store.
 */

/** Every line's claim of one customer (its 查重键), with the 主负责人 a manager named in its log. */
export function customerLines(model: RegisterModel, customerKey: string): ClaimState {
  const { policy } = model;
  const records = model.records().filter((r) => customerKeyOf(r.dedupeKey) === customerKey);
  const claims = records.flatMap((r): LineClaim[] => {
    const claim = claimFromRecord(r, policy, claimHistory(activitiesOf(model, r.dedupeKey)));
    return claim ? [claim] : [];
  });
  const history = claimHistory(activitiesOf(model, customerKey));
  const own = records.find((r) => r.dedupeKey === customerKey) ?? records[0];
  return {
    ...newClaimState(customerKey, own?.name ?? customerKey, { grade: own?.grade ?? null }), claims, history,
    primary: namedPrimary(history, model.members),
  };
}

/** 主负责人 of a customer today and the split a manager recorded (none while nobody named one). */
export function primaryOf(model: RegisterModel, customerKey: string): { rep: string | null; named: PrimaryOwner | null } {
  const state = customerLines(model, customerKey);
  const rep = primaryOwnerOf(state, model.policy, model.today);
  return { rep, named: state.primary && state.primary.rep === rep ? state.primary : null };
}

/**
 * Manager: names the 主负责人 among the customer's line owners and how its credit is split between them. The
 * rules check it (managers only, owners only, 100% in whole percent); the naming is one line of the log.
 */
export async function setPrimaryOwner(
  model: RegisterModel, customerKey: string, rep: string, split: CreditShare[],
): Promise<Message | null> {
  const user = model.currentUser;
  if (!user) return message('taskpane.user.required');
  const state = customerLines(model, customerKey);
  const decision = decideClaim(state, { kind: 'setPrimary', rep, split }, {
    actor: rosterMember(user), roster: model.members, policy: model.policy, today: model.today,
    closeCounts: model.closeCounts(),
  });
  if (decision.outcome === 'block') return decision.reasons[0];
  const { editId } = model.editContext();
  for (const [n, entry] of decision.log.entries()) {
    const activity = storedActivity(entry, state.customerName, `${editId}:${n}`);
    if (!activity) continue;
    const appended = await model.store.appendActivity(activity);
    if (!appended.ok) return appended.reason;
  }
  await refreshFromStore(model);
  return null;
}

/**
 * Manager: sets 客户等级. The grade is the customer's (seed 002 grades customers, not product lines), so every
 * line's row of the customer gets it; the A-grade tenure rule reads it whichever line is claimed.
 */
export async function setCustomerGrade(model: RegisterModel, key: string, grade: CustomerGrade | null): Promise<Message | null> {
  const user = model.currentUser;
  if (!user) return message('taskpane.user.required');
  if (!user.isManager) return message('claims.grade.managerOnly');
  if (storedLines(model, key).length === 0 || !model.customer(key)) return message('claims.notClaimed');
  const problem = await gradeLines(model, key, grade);
  if (problem) return problem;
  await refreshFromStore(model);
  return null;
}

/** The customer's stored claims, one per product line (its 查重键 with or without a line's suffix). */
export function storedLines(model: RegisterModel, key: string): StoredCustomer[] {
  return model.customers.linesOf(key).flatMap((line) => line.stored ?? []);
}

/**
 * Writes a manager's grade on every stored line of the customer that lacks it: from the pane, or after a
 * grade typed into one line's row was stored with that row (`done`, typedGrade). The caller refreshes from
 * the store.
 */
export async function gradeLines(model: RegisterModel, key: string, grade: CustomerGrade | null, done?: string): Promise<Message | null> {
  for (const stored of storedLines(model, key)) {
    if (stored.record.grade === grade || stored.record.dedupeKey === done) continue;
    const updated = await model.store.updateCustomer({ ...stored.record, grade }, stored.version, model.actor(), model.editContext());
    if (!updated.ok) return updated.reason;
  }
  return null;
}

/** Where a manager is offered 多余紧密客户转新人 for this stored claim (seed 001), or null. */
export function surplusOfferFor(model: RegisterModel, key: string): SurplusOffer | null {
  const record = model.customer(key)?.record;
  if (!record) return null;
  const { policy } = model;
  const state = claimStateOf(record, activitiesOf(model, key), policy);
  const line = state.claims[0]?.productLine ?? '';
  return surplusOffer(state, line, { roster: model.members, policy, today: model.today, closeCounts: model.closeCounts() });
}

function activitiesOf(model: RegisterModel, key: string): readonly Activity[] {
  return model.team.activitiesOf(key);
}
