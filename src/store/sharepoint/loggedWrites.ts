import type { CustomerRecord } from '../../core/register/customerRecord';
import type { ActionLog, Activity, EditContext, EditOutcome, StoredCustomer, UpdateOutcome } from '../claimStore';
import { conflictReason, missingReason } from '../editRules';
import { activityFields, customerFields, customerFromItem, previousRepOf, type GraphFields, type GraphListItem } from './fieldMapping';
import { isSuccess, MAX_BATCH, sendBatch, type BatchResult, type BatchStep, type Sleep } from './graphBatch';
import { asUnavailable, classifyGraphError, classifySubResponse, expectProblem, unavailable } from './graphErrors';
import { deniedReason, rejectedReason } from './refusals';
import type { SharePointLists } from './sharePointLists';

/** The log lines of one edit, given the owner the row had before it (known again on a replay from the row). */
export type EditLines = (previousRep: string) => ActionLog;

/**
 * Row edits and their log lines, written so that a lost answer is harmless. The row and its lines travel in
 * one $batch (each line depends on the row, so a refused row writes none), and the row records the edit id
 * and the owner before it: a replay that finds its own edit id on the row knows the edit landed and only
 * makes sure its lines are there (line ids derive from the edit id and are unique in the log, so none is
 * ever written twice). A remove first stamps
 * the row with its edit id, then logs, then deletes — so a row that is gone with our line in the log is our
 * own earlier remove, never a false "missing".
 */
export class LoggedWrites {
  constructor(private readonly lists: SharePointLists, private readonly sleep: Sleep) {}

  async readItem(dedupeKey: string): Promise<GraphListItem | null> {
    return this.lists.findOne('customers', 'DedupeKey', dedupeKey);
  }

  /** PATCH the row under If-Match and add its log lines; `lines(previousRep)` builds them for this edit. */
  async rewrite(
    current: StoredCustomer, record: CustomerRecord, expectedVersion: string, context: EditContext, lines: EditLines,
  ): Promise<UpdateOutcome> {
    const fields = customerFields(record, context.editId, current.record.rep);
    const log = lines(current.record.rep);
    const results = await sendBatch(this.lists.client, [[
      { id: 'row', method: 'PATCH', url: `${this.lists.itemsPath('customers')}/${current.id}/fields`, body: fields, headers: { 'If-Match': expectedVersion } },
      ...this.lineSteps(log, 'row'),
    ]], this.sleep);
    const row = required(results, 'row');
    if (isSuccess(row.status)) {
      await this.ensureLines(log, results);
      const version = String((row.body as GraphFields | undefined)?.['@odata.etag'] ?? '');
      return { ok: true, customer: { id: current.id, record, version, lastEditId: context.editId } };
    }
    const problem = classifySubResponse(row.status, row.body);
    if (problem.kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('customers', current.record) };
    if (problem.kind === 'rejected') return { ok: false, problem: 'invalid', reason: rejectedReason(record, problem.detail) };
    if (problem.kind === 'notFound') return { ok: false, problem: 'missing', reason: missingReason(record.name) };
    if (problem.kind !== 'changed') throw unavailable(row.status, row.body);
    const now = await this.readItem(record.dedupeKey);
    if (!now) return { ok: false, problem: 'missing', reason: missingReason(record.name) };
    const stored = customerFromItem(now);
    if (stored.lastEditId === context.editId) return this.replayed(now, lines);
    return { ok: false, problem: 'conflict', current: stored, reason: conflictReason(record) };
  }

  /** Our edit is already on the row (its answer was lost): finish its log lines, report success. */
  async replayed(item: GraphListItem, lines: EditLines): Promise<UpdateOutcome> {
    await this.ensureLines(lines(previousRepOf(item)), new Map());
    return { ok: true, customer: customerFromItem(item) };
  }

  /** The $batch steps that add `lines`, each depending on step `rowStep`; what does not fit goes after. */
  lineSteps(lines: ActionLog, rowStep: string): BatchStep[] {
    return lines.slice(0, MAX_BATCH - 1).map((line, n) => ({
      id: `line${n}`, method: 'POST', url: this.lists.itemsPath('activities'), body: { fields: activityFields(line) }, dependsOn: [rowStep],
    }));
  }

  /** Makes sure each of `lines` is in the log, whether its step in `results` landed or not. */
  async ensureLines(lines: ActionLog, results: ReadonlyMap<string, BatchResult>): Promise<void> {
    for (const [n, line] of lines.entries()) await this.ensureLine(line, results.get(`line${n}`));
  }

  /** Stamp (If-Match), log, delete: three dependent steps in one $batch. */
  async remove(current: StoredCustomer, expectedVersion: string, context: EditContext, logLine: Activity): Promise<EditOutcome> {
    const itemUrl = `${this.lists.itemsPath('customers')}/${current.id}`;
    const results = await sendBatch(this.lists.client, [[
      { id: 'stamp', method: 'PATCH', url: `${itemUrl}/fields`, body: { LastEditId: context.editId }, headers: { 'If-Match': expectedVersion } },
      { id: 'line', method: 'POST', url: this.lists.itemsPath('activities'), body: { fields: activityFields(logLine) }, dependsOn: ['stamp'] },
      { id: 'delete', method: 'DELETE', url: itemUrl, dependsOn: ['line'] },
    ]], this.sleep);
    const stamp = required(results, 'stamp');
    if (!isSuccess(stamp.status)) {
      const problem = classifySubResponse(stamp.status, stamp.body);
      if (problem.kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('customers', current.record) };
      if (problem.kind === 'notFound') return this.removedBefore(context, current.record.name);
      if (problem.kind === 'changed') {
        const now = await this.readItem(current.record.dedupeKey);
        if (now && customerFromItem(now).lastEditId === context.editId) return this.finishRemove(now, current.record, logLine);
        return now ? { ok: false, problem: 'conflict', reason: conflictReason(current.record) } : this.removedBefore(context, current.record.name);
      }
      throw unavailable(stamp.status, stamp.body);
    }
    await this.ensureLine(logLine, results.get('line'));
    const deleted = results.get('delete');
    if (deleted && isSuccess(deleted.status)) return { ok: true };
    const problem = deleted ? classifySubResponse(deleted.status, deleted.body) : null;
    if (problem?.kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('customers', current.record) };
    if (problem?.kind === 'notFound') return { ok: true };
    return this.finishRemove({ id: current.id }, current.record, logLine);
  }

  /** A replayed remove that finds the row still stamped with its id: the line and the delete may be missing. */
  async finishRemove(item: { id: string }, record: CustomerRecord, logLine: Activity): Promise<EditOutcome> {
    await this.ensureLine(logLine, undefined);
    try {
      await this.lists.remove('customers', item.id);
    } catch (error) {
      const problem = expectProblem(error, 'forbidden', 'notFound');
      if (problem.kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('customers', record) };
    }
    return { ok: true };
  }

  /** The row is gone: our own remove if its line is in the log, else somebody else's. */
  async removedBefore(context: EditContext, name: string): Promise<EditOutcome> {
    const line = await this.lists.findOne('activities', 'ActivityId', context.editId);
    return line ? { ok: true } : { ok: false, problem: 'missing', reason: missingReason(name) };
  }

  /** Appends the line unless the batch did (or an earlier attempt did: the unique ActivityId says so). */
  async ensureLine(line: Activity, batched: BatchResult | undefined): Promise<void> {
    if (batched && (isSuccess(batched.status) || classifySubResponse(batched.status, batched.body).kind === 'duplicate')) return;
    try {
      await this.lists.create('activities', activityFields(line));
    } catch (error) {
      if (classifyGraphError(error).kind !== 'duplicate') throw asUnavailable(error);
    }
  }
}

function required(results: Map<string, BatchResult>, id: string): BatchResult {
  const result = results.get(id);
  if (!result) throw unavailable(-1, `no answer for batch step ${id}`);
  return result;
}
