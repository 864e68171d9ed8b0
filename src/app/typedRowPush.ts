import { claimKeyOf, protectedUntilOf, type ActivityEntry } from '../core/claims';
import type { CustomerRecord } from '../core/register/customerRecord';
import { formatMessage, message, type Message } from '../i18n/message';
import type { StoredCustomer } from '../store/claimStore';
import { storedActivity } from './claimBridge';
import { findingMessages } from './findingText';
import { planChangeActivity, rowContactActivities } from './historyLog';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import type { RegisterEdit } from './registerSession';
import { gradeLines } from './ruleActions';
import { refreshFromStore } from './sheetSync';
import { rememberShown } from './sheetDifferences';
import { typedGradeOf, type TypedGrade } from './typedGrade';
import type { TypedRow } from './typedRows';

/** Typed rows pushed to the store between two pauses, so a 5,000-row paste never freezes the pane. */
const TYPED_ROWS_PER_PAUSE = 100;

const pause = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

/**
 * Rows the user typed or pasted into the register (SPEC §6: rows the rep adds are validated and pushed): the
 * live check has given each its 查重键 and marks; a new customer the rules allow is claimed in the store for
 * the row's rep, and a row the rules block or the store refuses keeps its text and is marked with the reason.
 * `whileClosed`: rows edited while the add-in was closed, found as the register opened — pushed the same way.
 */
export async function pushTypedRows(model: RegisterModel, edit: RegisterEdit, whileClosed = false): Promise<void> {
  if (edit.namesTyped) {
    const last = [...edit.rows].reverse().find((r) => r.record.name.trim() !== '');
    if (last) for (const listener of model.typedNameListeners) listener(last.record.name.trim());
  }
  model.pushing++;
  const claimed: SheetRow[] = [];
  try {
    // A typed row's contacts are logged unless the log has them already: the log must be whole.
    await model.wholeHistory();
    let pushed = 0;
    for (const typed of edit.rows) {
      // A row listed as differing from the store is decided by this edit (sheetDifferences).
      const shown = model.customers.keyShownAt(typed.row);
      if (shown !== undefined) model.held.take(shown);
      const outcome = await pushTypedRow(model, typed, whileClosed);
      if (outcome) claimed.push(outcome);
      if (++pushed % TYPED_ROWS_PER_PAUSE === 0) await pause();
    }
    // 序号 and 部门 the rep left empty are filled in; everything typed stays as it was. The live check is
    // handed the rows as written (the host raises no event for the add-in's own writes): no read-back.
    await model.sheet.update(claimed);
    await rememberShown(model, claimed);
    await model.session?.rowsPut(claimed.map((c) => ({ row: c.row, cells: model.sheet.cells(c.record) })));
  } finally {
    model.pushing--;
  }
  await refreshFromStore(model);
  model.changed();
}

/** One typed row: claimed (returns where it now sits), or recorded with why it was not. */
async function pushTypedRow(
  model: RegisterModel, { row, record: typedRecord, finding }: RegisterEdit['rows'][number], whileClosed: boolean,
): Promise<SheetRow | null> {
  const { typed } = model;
  const name = typedRecord.name.trim();
  // Keyed now, not when the row was read: a row pasted with it (另一城市的同名公司) may have been claimed since.
  const key = model.keys?.claimKeyOf(name, typedRecord.productLine, model.policy) ?? claimKeyOf(typedRecord.dedupeKey, typedRecord.productLine, model.policy);
  const record = { ...typedRecord, dedupeKey: key };
  const shown = model.customers.keyShownAt(row);
  const stored = shown === undefined ? undefined : model.customer(shown);
  if (name === '' || (stored && shown !== key)) {
    // An empty row, or a stored customer's row renamed: the store's copy stays as it is.
    typed.forget(row);
    return null;
  }
  const entry: TypedRow = { row, name, rep: record.rep.trim(), status: 'claimed', reasons: [], ...(whileClosed ? { whileClosed } : {}) };
  if (finding.level === 'blocked' && finding.log.length > 0) {
    await logCollisions(model, finding.log, model.recordOf(key)?.name ?? name, row, key, entry.rep);
    typed.put({ ...entry, status: 'blocked', reasons: finding.decision });
    return null;
  }
  if (entry.rep === '' || finding.errors.length > 0) {
    typed.put({ ...entry, status: 'incomplete', reasons: entry.rep === '' ? [message('taskpane.typed.needsRep')] : findingMessages(finding) });
    return null;
  }
  if (stored) {
    // 客户等级 is the customer's and a manager's to set (seed 002): a rep's typed grade is put back.
    const grade = typedGradeOf(model, key, record.grade, stored);
    if (grade.kind === 'refused') return reverted(model, entry, stored, grade.reason);
    return gradedElsewhere(model, entry, grade, await pushRowEdit(model, entry, typedRecordOf(model, record, stored.record.seq), stored));
  }
  if (model.customer(key)) {
    typed.put({ ...entry, status: 'registered', reasons: findingMessages(finding) });
    return null;
  }
  if (finding.level === 'blocked') {
    typed.put({ ...entry, status: 'refused', reasons: finding.decision });
    return null;
  }
  if (!model.currentUser) return refuse(model, entry, message('taskpane.user.required'));
  const unwritable = await model.protection.blocked();
  if (unwritable) return refuse(model, entry, unwritable);
  const grade = typedGradeOf(model, key, record.grade, undefined);
  if (grade.kind === 'refused') return refuse(model, entry, grade.reason);
  const newRecord = typedRecordOf(model, grade.kind === 'inherit' ? { ...record, grade: grade.grade } : record, model.nextSeq());
  const context = model.editContext();
  const plan = planChangeActivity(undefined, newRecord, model.actor().name, context);
  const claimed = await model.store.claim(newRecord, model.actor(), context, plan ? [plan] : []);
  if (!claimed.ok && claimed.problem === 'queued') {
    // Team mode offline: the claim waits in the outbox; the row is not refused, just not confirmed yet.
    typed.put({ ...entry, status: 'incomplete', reasons: [claimed.reason] });
    return null;
  }
  if (!claimed.ok) return refuse(model, entry, claimed.reason);
  return gradedElsewhere(model, entry, grade, await accepted(model, entry, claimed.customer.record));
}

/** A manager's grade, stored with the row it was typed into, goes to the customer's other lines (ruleActions). */
async function gradedElsewhere(model: RegisterModel, entry: TypedRow, grade: TypedGrade, pushed: SheetRow | null): Promise<SheetRow | null> {
  if (grade.kind !== 'change' || !pushed || pushed.record.grade !== grade.grade) return pushed;
  const problem = await gradeLines(model, pushed.record.dedupeKey, grade.grade, pushed.record.dedupeKey);
  if (problem) model.typed.put({ ...entry, reasons: [problem] });
  return pushed;
}

/**
 * A stored customer's row edited in the sheet (a stage, a date, a contact added): pushed as an update the
 * store checks (only the owner or a manager may); unchanged rows — the pane's own writes — are left alone.
 * The update carries, in the same store write, the row's contacts the history lacked (the edit may
 * overwrite them) and the follow-up plan it changed.
 */
async function pushRowEdit(model: RegisterModel, entry: TypedRow, next: CustomerRecord, stored: StoredCustomer): Promise<SheetRow | null> {
  if (JSON.stringify(next) === JSON.stringify(stored.record)) return null;
  if (!model.currentUser) return refuse(model, entry, message('taskpane.user.required'));
  const unwritable = await model.protection.blocked();
  if (unwritable) return refuse(model, entry, unwritable);
  const context = model.editContext();
  const plan = planChangeActivity(stored.record, next, model.actor().name, context);
  const log = [...rowContactActivities(stored.record, model.team.activitiesOf(next.dedupeKey), context.editId), ...(plan ? [plan] : [])];
  const updated = await model.store.updateCustomer(next, stored.version, model.actor(), context, log);
  if (!updated.ok && updated.problem !== 'queued') return reverted(model, entry, stored, updated.reason);
  if (!updated.ok) return refuse(model, entry, updated.reason);
  return accepted(model, entry, updated.customer.record);
}

/** A refused edit never stays looking saved: the row shows the stored customer again, the pane says why. */
function reverted(model: RegisterModel, entry: TypedRow, stored: StoredCustomer, reason: Message): SheetRow {
  model.typed.put({ ...entry, status: 'refused', reasons: [message('rules.edit.reverted', { reason: formatMessage(reason, 'zh-CN') })] });
  return { row: entry.row, record: stored.record };
}

/** The store took the row: it shows that customer now, and any earlier refusal on it is lifted. */
async function accepted(model: RegisterModel, entry: TypedRow, record: CustomerRecord): Promise<SheetRow> {
  model.typed.put(entry);
  model.keys?.hold(record.name, record.dedupeKey);
  await model.session?.setRefusal(entry.row, null);
  const placed = { row: entry.row, record };
  model.customers.place(placed);
  return placed;
}

/** A typed row as the store keeps it: trimmed, with its rep's department and a 序号 when left empty. */
function typedRecordOf(model: RegisterModel, record: CustomerRecord, seq: number | null): CustomerRecord {
  const rep = record.rep.trim();
  const department = record.department.trim() || model.team.roster.find((m) => m.name === rep)?.department || '';
  const next = { ...record, name: record.name.trim(), rep, department, seq: record.seq ?? seq };
  return { ...next, protectedUntil: protectedUntilOf(next, model.policy) };
}

async function refuse(model: RegisterModel, entry: TypedRow, reason: Message): Promise<null> {
  model.typed.put({ ...entry, status: 'refused', reasons: [reason] });
  await model.session?.setRefusal(entry.row, reason);
  return null;
}

/** A blocked row is one 撞单 attempt, logged once however often the rep edits that row afterwards. */
async function logCollisions(model: RegisterModel, log: readonly ActivityEntry[], name: string, row: number, key: string, rep: string): Promise<void> {
  if (!model.typed.firstAttempt(`${row}|${key}|${rep}`)) return;
  const context = model.editContext();
  let n = 0;
  for (const entry of log) {
    const activity = storedActivity(entry, name, `${context.editId}:${n++}`);
    if (activity) await model.store.appendActivity(activity);
  }
}
