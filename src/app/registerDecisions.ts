import {
  customerKeyOf, decideClaim, effectiveLine, newClaimState, parentKeyOf, type NameReading,
  type ClaimAction, type ClaimContext, type ClaimDecision, type ClaimState, type RosterMember,
} from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerGrade, type CustomerRecord } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { Activity, ClaimOutcome, EditContext, StoredCustomer, UpdateOutcome } from '../store/claimStore';
import { claimStateOf, handoverReason, recordAfter, storedActivity } from './claimBridge';
import { planChangeActivity, rowContactActivities } from './historyLog';
import type { RegisterModel } from './registerModel';
import { refreshFromStore } from './sheetSync';

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
  const decision = decideClaim(stateFor(model, key, trimmed), action, contextFor(model, actor, key, trimmed));
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
  return decideClaim(stateFor(model, key, name), action, contextFor(model, actor, key, name));
}

/**
 * One action, decided once: that decision is what is stored, logged and (through the store's change) written
 * to the sheet — in one store call that carries the action's log lines with its row. The row's contacts the
 * history lacks travel with it, so nothing the row showed is lost when the action rewrites it; each action
 * logs its own lines once, titled with the customer's name.
 */
export async function applyDecision(
  model: RegisterModel, name: string, action: ClaimAction, details: RegistrationDetails, previewed?: PreviewedDecision,
): Promise<EditResult> {
  const actor = model.actorMember();
  if (!actor) return { ok: false, decision: null, reasons: [message('taskpane.user.required')] };
  // The rules read the customer's last contacts, and the row's contacts are logged only once.
  await model.wholeHistory();
  const trimmed = name.trim();
  const key = model.claimKey(trimmed, action);
  if (!key) return { ok: false, decision: null, reasons: [message('taskpane.check.nameRequired')] };
  const decision = decisionFor(model, key, trimmed, action, actor, previewed);
  const context = model.editContext();
  const known = model.recordOf(key);
  const title = known?.name ?? trimmed;
  if (decision.outcome === 'block') {
    // A manager who is refused is offered the override, which is logged; his attempt is no 撞单.
    if (!actor.isManager) await appendOnly(model, decisionActivities(decision, title, context));
    await refreshFromStore(model);
    return { ok: false, decision, reasons: decision.reasons };
  }

  const base: CustomerRecord = known ?? {
    ...emptyCustomerRecord(), name: trimmed, dedupeKey: key, seq: model.nextSeq(), parentCustomer: parentOf(model, key, trimmed)?.name ?? '',
    productLine: action.kind === 'setPrimary' ? '' : effectiveLine(action.productLine, model.policy), grade: customerGrade(model, key),
  };
  const withDetails: CustomerRecord = {
    ...base,
    contactPerson: details.contactPerson?.trim() || base.contactPerson,
    phone: details.phone?.trim() || base.phone,
    remarks: details.notes?.trim() ? [base.remarks, details.notes.trim()].filter(Boolean).join('；') : base.remarks,
  };
  const next = recordAfter(withDetails, decision.next, model.policy, model.team.roster);
  // A protected register the add-in cannot write: refused before the store, so nothing is half-written.
  const unwritable = await model.protection.blocked();
  if (unwritable) return { ok: false, decision, reasons: [unwritable] };
  const saved = await save(model, { existing: model.customer(key), known, next, action, decision, title, context });
  // A queued edit's lines wait in the same outbox entry, so a claim that goes through later keeps its history.
  if (!saved.ok) return { ok: false, decision, reasons: [saved.reason], queued: saved.queued };
  await refreshFromStore(model);
  return { ok: true, decision, record: saved.record, by: actor.name };
}

interface Save {
  existing: StoredCustomer | undefined;
  known: CustomerRecord | undefined;
  next: CustomerRecord;
  action: ClaimAction;
  decision: ClaimDecision;
  title: string;
  context: EditContext;
}

type Saved = { ok: true; record: CustomerRecord } | { ok: false; reason: Message; queued: boolean };

/**
 * The one store write of an action: a claim, an update, or (a manager giving the customer to someone else,
 * or forcing a registration) a transfer that carries the new row. The store writes a transfer's 转移 and a
 * force-claim's 强制登记 line itself, so those entries of the decision are not carried.
 */
async function save(model: RegisterModel, { existing, known, next, action, decision, title, context }: Save): Promise<Saved> {
  const { store } = model;
  const actor = model.actor();
  const manager = !!model.currentUser?.isManager;
  const owner = (known ?? next).rep;
  if (known && next.rep === owner && owner !== actor.name && !manager) {
    // A colleague's call on someone else's customer changes nobody's row: only the log records it.
    await appendOnly(model, decisionActivities(decision, title, context));
    return { ok: true, record: known };
  }
  // Overrides go to the store as one: a manager's transfer or force-claim (even to himself) and any hand-over to a third rep.
  const override = existing !== undefined && (OVERRIDE_ACTIONS.has(action.kind) || (next.rep !== existing.record.rep && next.rep !== actor.name));
  // A transfer hands the row over as it is (its dates stay the former owner's); every other action writes its decided row.
  const written = existing && action.kind === 'transfer' ? { ...existing.record, rep: next.rep, department: next.department } : next;
  const rowHistory = known ? rowContactActivities(known, model.team.activitiesOf(next.dedupeKey), context.editId) : [];
  const plan = planChangeActivity(known, written, actor.name, context);
  const log = [
    ...rowHistory, ...decisionActivities(decision, title, context, override ? STORE_OVERRIDE_LINES : NONE), ...(plan ? [plan] : []),
  ];
  if (!existing) return outcomeOf(await store.claim(next, actor, context, log));
  if (!override) return outcomeOf(await store.updateCustomer(next, existing.version, actor, context, log));
  const forced = action.kind === 'forceClaim';
  const reason = action.kind === 'forceClaim' ? action.reason
    : action.kind === 'transfer' || action.kind === 'surplusTransfer' ? handoverReason(action, existing.record.rep) : '';
  return outcomeOf(await store.transferCustomer({
    dedupeKey: next.dedupeKey, toRep: next.rep, reason, expectedVersion: existing.version, kind: forced ? 'forceClaim' : 'transfer', record: written,
  }, actor, context, log));
}

function outcomeOf(outcome: ClaimOutcome | UpdateOutcome): Saved {
  return outcome.ok ? { ok: true, record: outcome.customer.record } : { ok: false, reason: outcome.reason, queued: outcome.problem === 'queued' };
}

const OVERRIDE_ACTIONS: ReadonlySet<string> = new Set(['transfer', 'surplusTransfer', 'forceClaim']);

/** The rules' entries the store writes itself when the action goes to it as a transfer or force-claim. */
const STORE_OVERRIDE_LINES: ReadonlySet<string> = new Set(['transfer', 'surplusTransfer', 'forceClaim']);
const NONE: ReadonlySet<string> = new Set();

/** The rules' log entries as the store keeps them (contacts, collisions, overrides, expiries), minus `storeOwn`. */
function decisionActivities(decision: ClaimDecision, name: string, context: EditContext, storeOwn = NONE): Activity[] {
  return decision.log.flatMap((entry, n) => {
    if (storeOwn.has(entry.kind)) return [];
    const activity = storedActivity(entry, name, `${context.editId}:${n}`);
    return activity ? [activity] : [];
  });
}

/** The lines of an action that writes no row: a blocked attempt's 撞单, a colleague's call. */
async function appendOnly(model: RegisterModel, activities: readonly Activity[]): Promise<void> {
  for (const activity of activities) await model.store.appendActivity(activity);
}

function stateFor(model: RegisterModel, key: string, name: string): ClaimState {
  const { policy } = model;
  const record = model.recordOf(key);
  const parentKey = parentKeyOf(record ?? { name, dedupeKey: key, parentCustomer: '' }, namesOf(model));
  return record
    ? claimStateOf(record, model.team.activitiesOf(key), policy, parentKey)
    : { ...newClaimState(key, name, { parentKey, grade: customerGrade(model, key) }), history: [] };
}

/** 客户等级 is the customer's (seed 002): a line not claimed yet has the grade its other lines' rows carry. */
function customerGrade(model: RegisterModel, key: string): CustomerGrade | null {
  const own = model.recordOf(customerKeyOf(key))?.grade;
  if (own) return own;
  // The store's lines first, then a line only the sheet holds yet (as records() lists them).
  const lines = model.customers.linesOf(key);
  const graded = lines.find((line) => line.stored && line.record?.grade) ?? lines.find((line) => !line.stored && line.record?.grade);
  return graded?.record?.grade ?? null;
}

function contextFor(model: RegisterModel, actor: RosterMember, key: string, name: string): ClaimContext {
  const parent = parentOf(model, key, name);
  return {
    actor, roster: model.members, policy: model.policy, today: model.today, closeCounts: model.closeCounts(),
    parent: parent ? claimStateOf(parent, [], model.policy) : null,
  };
}

/** Names as the register reads them: stored keys, and the matcher's parse. */
function namesOf(model: RegisterModel): NameReading {
  return { keyOf: (name) => model.matcher.dedupeKey(name), parse: (name) => model.matcher.parse(name) };
}

/** The parent customer of a branch (SPEC §5: 关联公司 links 上级客户), if the register holds it. */
function parentOf(model: RegisterModel, key: string, name: string): CustomerRecord | undefined {
  const parentKey = parentKeyOf(model.recordOf(key) ?? { name, dedupeKey: key, parentCustomer: '' }, namesOf(model));
  return parentKey && parentKey !== key ? model.recordOf(parentKey) : undefined;
}
