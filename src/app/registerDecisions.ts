import {
  customerKeyOf, decideClaim, effectiveLine, newClaimState, parentKeyOf,
  type ClaimAction, type ClaimContext, type ClaimDecision, type ClaimState, type RosterMember,
} from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerGrade, type CustomerRecord } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { Activity, EditContext, StoredCustomer } from '../store/claimStore';
import { claimStateOf, handoverReason, recordAfter, storedActivity } from './claimBridge';
import { rowContactActivities } from './historyLog';
import type { RegisterModel } from './registerModel';
import { refreshFromStore } from './sheetSync';

/** The id suffix of the transfer a force-claim makes in the store: the log shows the two as one 强制登记. */
export const HANDOVER_SUFFIX = ':handover';

/** Contact person, phone and notes typed with a registration; dates and stage come from the action. */
export interface RegistrationDetails {
  contactPerson?: string;
  phone?: string;
  notes?: string;
}

export type EditResult =
  /** `by`: who registered it — a colleague's call on someone else's customer leaves `record` with its owner. */
  | { ok: true; decision: ClaimDecision | null; record: CustomerRecord; by: string }
  /**
   * The rules or the store said no; `reasons` say why (shown in an alert). `queued`: team mode could not reach
   * SharePoint, the edit waits in this computer's outbox — neither won nor lost yet.
   */
  | { ok: false; decision: ClaimDecision | null; reasons: Message[]; queued?: boolean };

/**
 * A decision the pane previewed (a warning shown before the rep confirms): passed back with the action, it is
 * the decision applied — the rules run once — as long as the model has not changed since (`basis`).
 */
export interface PreviewedDecision extends ClaimDecision {
  readonly basis: { version: number; today: CalendarDate; name: string; action: string };
}

/** What the rules would say if the current user did `action` on the customer named `name`. */
export function decide(model: RegisterModel, name: string, action: ClaimAction): PreviewedDecision | null {
  const actor = model.actorMember();
  const trimmed = name.trim();
  const key = model.claimKey(trimmed, action);
  if (!actor || !key) return null;
  const decision = decideClaim(stateFor(model, key, trimmed), action, contextFor(model, actor, key));
  return { ...decision, basis: basisOf(model, trimmed, action) };
}

function basisOf(model: RegisterModel, name: string, action: ClaimAction): PreviewedDecision['basis'] {
  return { version: model.version, today: model.today, name, action: JSON.stringify(action) };
}

/** The previewed decision when it still holds (same name, action and model); else the rules decide again. */
function decisionFor(
  model: RegisterModel, key: string, name: string, action: ClaimAction, actor: RosterMember, previewed: PreviewedDecision | undefined,
): ClaimDecision {
  const now = basisOf(model, name, action);
  const basis = previewed?.basis;
  if (previewed && basis && basis.version === now.version && basis.today === now.today && basis.name === now.name && basis.action === now.action) {
    return previewed;
  }
  return decideClaim(stateFor(model, key, name), action, contextFor(model, actor, key));
}

/**
 * One action, decided once: that decision is what is stored, logged and (through the store's change) written
 * to the sheet. The row's contacts the history lacks are logged first, so nothing the row showed is lost
 * when the action rewrites it; each action adds its own log line once, titled with the customer's name.
 */
export async function applyDecision(
  model: RegisterModel, name: string, action: ClaimAction, details: RegistrationDetails, previewed?: PreviewedDecision,
): Promise<EditResult> {
  const actor = model.actorMember();
  if (!actor) return { ok: false, decision: null, reasons: [message('taskpane.user.required')] };
  const trimmed = name.trim();
  const key = model.claimKey(trimmed, action);
  if (!key) return { ok: false, decision: null, reasons: [message('taskpane.check.nameRequired')] };
  const decision = decisionFor(model, key, trimmed, action, actor, previewed);
  const context = model.editContext();
  const known = model.recordOf(key);
  const title = known?.name ?? trimmed;
  if (decision.outcome === 'block') {
    // A manager who is refused is offered the override, which is logged; his attempt is no 撞单.
    if (!actor.isManager) await append(model, decisionActivities(decision, title, action, context));
    await refreshFromStore(model);
    return { ok: false, decision, reasons: decision.reasons };
  }

  const base: CustomerRecord = known ?? {
    ...emptyCustomerRecord(), name: trimmed, dedupeKey: key, seq: model.nextSeq(), parentCustomer: parentOf(model, key)?.name ?? '',
    productLine: action.kind === 'setPrimary' ? '' : effectiveLine(action.productLine, model.policy), grade: customerGrade(model, key),
  };
  const withDetails: CustomerRecord = {
    ...base,
    contactPerson: details.contactPerson?.trim() || base.contactPerson,
    phone: details.phone?.trim() || base.phone,
    remarks: details.notes?.trim() ? [base.remarks, details.notes.trim()].filter(Boolean).join('；') : base.remarks,
  };
  const next = recordAfter(withDetails, decision.next, model.policy, model.team.roster);
  const rowHistory = known ? rowContactActivities(known, model.team.activitiesOf(key), context.editId) : [];
  const saved = await save(model, model.team.customers.get(key), known, next, action, context);
  const lines = [...rowHistory, ...decisionActivities(decision, title, action, context)];
  if (!saved.ok) {
    // A queued edit's log lines queue behind it, so a claim that goes through later keeps its history.
    if (saved.queued) await append(model, lines);
    return { ok: false, decision, reasons: [saved.reason], queued: saved.queued };
  }
  await append(model, lines);
  await refreshFromStore(model);
  return { ok: true, decision, record: saved.record, by: actor.name };
}

/**
 * The one store write of an action: a claim, an update, or (a manager giving the customer to someone
 * else) a transfer and the update it carries.
 */
async function save(
  model: RegisterModel, existing: StoredCustomer | undefined, known: CustomerRecord | undefined, next: CustomerRecord,
  action: ClaimAction, context: EditContext,
): Promise<{ ok: true; record: CustomerRecord } | { ok: false; reason: Message; queued: boolean }> {
  const { store } = model;
  const actor = model.actor();
  const manager = !!model.currentUser?.isManager;
  // A colleague's call on someone else's customer changes nobody's row: only the log records it.
  const owner = (known ?? next).rep;
  if (known && next.rep === owner && owner !== actor.name && !manager) return { ok: true, record: known };
  if (!existing) {
    const claimed = await store.claim(next, actor, context);
    return claimed.ok ? { ok: true, record: claimed.customer.record } : { ok: false, reason: claimed.reason, queued: claimed.problem === 'queued' };
  }
  let version = existing.version;
  // The store moves a customer to someone other than the actor only as a transfer (with its reason).
  if (next.rep !== existing.record.rep && next.rep !== actor.name) {
    const handover = action.kind === 'transfer' || action.kind === 'surplusTransfer';
    const reason = handover ? handoverReason(action, existing.record.rep)
      : action.kind === 'forceClaim' ? action.reason : '';
    const moved = await store.transferCustomer(
      { dedupeKey: next.dedupeKey, toRep: next.rep, reason, expectedVersion: version }, actor,
      handover ? context : { ...context, editId: `${context.editId}${HANDOVER_SUFFIX}` });
    if (!moved.ok) return { ok: false, reason: moved.reason, queued: moved.problem === 'queued' };
    version = moved.customer.version;
    if (handover) return { ok: true, record: moved.customer.record };
  }
  const updated = await store.updateCustomer(next, version, actor, context);
  return updated.ok ? { ok: true, record: updated.customer.record } : { ok: false, reason: updated.reason, queued: updated.problem === 'queued' };
}

/**
 * The rules' log entries as the store keeps them, each once: a transfer's line is the store's own (it
 * writes one with the transfer), everything else — contacts, collisions, overrides, expiries — is appended.
 */
function decisionActivities(decision: ClaimDecision, name: string, action: ClaimAction, context: EditContext): Activity[] {
  const handover = action.kind === 'transfer' || action.kind === 'surplusTransfer';
  const storeLogs = handover ? new Set(['transfer', 'surplusTransfer']) : new Set<string>();
  return decision.log.flatMap((entry, n) => {
    if (storeLogs.has(entry.kind)) return [];
    const activity = storedActivity(entry, name, `${context.editId}:${n}`);
    return activity ? [activity] : [];
  });
}

async function append(model: RegisterModel, activities: readonly Activity[]): Promise<void> {
  for (const activity of activities) await model.store.appendActivity(activity);
}

function stateFor(model: RegisterModel, key: string, name: string): ClaimState {
  const { policy } = model;
  const record = model.recordOf(key);
  const parentKey = parentKeyOf(record ?? { dedupeKey: key, parentCustomer: '' }, (n) => model.options.matcher.dedupeKey(n));
  return record
    ? claimStateOf(record, model.team.activitiesOf(key), policy, parentKey)
    : { ...newClaimState(key, name, { parentKey, grade: customerGrade(model, key) }), history: [] };
}

/** 客户等级 is the customer's (seed 002): a line not claimed yet has the grade its other lines' rows carry. */
function customerGrade(model: RegisterModel, key: string): CustomerGrade | null {
  const customerKey = customerKeyOf(key);
  const own = model.recordOf(customerKey)?.grade;
  return own ?? model.records().find((r) => r.grade && customerKeyOf(r.dedupeKey) === customerKey)?.grade ?? null;
}

function contextFor(model: RegisterModel, actor: RosterMember, key: string): ClaimContext {
  const parent = parentOf(model, key);
  return {
    actor, roster: model.members, policy: model.policy, today: model.today, closeCounts: model.closeCounts(),
    parent: parent ? claimStateOf(parent, [], model.policy) : null,
  };
}

/** The parent customer of a branch (SPEC §5: 关联公司 links 上级客户), if the register holds it. */
function parentOf(model: RegisterModel, key: string): CustomerRecord | undefined {
  const parentKey = parentKeyOf(model.recordOf(key) ?? { dedupeKey: key, parentCustomer: '' }, (n) => model.options.matcher.dedupeKey(n));
  return parentKey && parentKey !== key ? model.recordOf(parentKey) : undefined;
}
