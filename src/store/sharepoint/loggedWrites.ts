import type { CustomerRecord } from '../../core/register/customerRecord';
import type { Activity, EditContext, EditOutcome, StoredCustomer, UpdateOutcome } from '../claimStore';
import { conflictReason, missingReason } from '../editRules';
import { activityFields, customerFields, customerFromItem, previousRepOf, type GraphFields, type GraphListItem } from './fieldMapping';
import { isSuccess, sendBatch, type BatchResult, type Sleep } from './graphBatch';
import { asUnavailable, classifyGraphError, classifySubResponse, expectProblem, unavailable } from './graphErrors';
import { deniedReason, rejectedReason } from './refusals';
import type { SharePointLists } from './sharePointLists';

/**
 * Row edits and their log lines, written so that a lost answer is harmless. The row and the line travel in
 * one $batch (the line depends on the row), and the row records the edit id and the owner before it: a
 * replay that finds its own edit id on the row knows the edit landed and only makes sure its line is there
 * (the line's id is the edit id, unique in the log, so it is never written twice). A remove first stamps
 * the row with its edit id, then logs, then deletes — so a row that is gone with our line in the log is our
 * own earlier remove, never a false "missing".
 */
export class LoggedWrites {
  constructor(private readonly lists: SharePointLists, private readonly sleep: Sleep) {}

  async readItem(dedupeKey: string): Promise<GraphListItem | null> {
    return this.lists.findOne('customers', 'DedupeKey', dedupeKey);
  }

  /** PATCH the row under If-Match and add its log line; `line(previousRep)` builds the line for this edit. */
  async rewrite(
    current: StoredCustomer, record: CustomerRecord, expectedVersion: string, context: EditContext,
    line: ((previousRep: string) => Activity) | null,
  ): Promise<UpdateOutcome> {
    const fields = customerFields(record, context.editId, current.record.rep);
    const logLine = line?.(current.record.rep) ?? null;
    const results = await sendBatch(this.lists.client, [[
      { id: 'row', method: 'PATCH', url: `${this.lists.itemsPath('customers')}/${current.id}/fields`, body: fields, headers: { 'If-Match': expectedVersion } },
      ...(logLine ? [{ id: 'line', method: 'POST' as const, url: this.lists.itemsPath('activities'), body: { fields: activityFields(logLine) }, dependsOn: ['row'] }] : []),
    ]], this.sleep);
    const row = required(results, 'row');
    if (isSuccess(row.status)) {
      if (logLine) await this.ensureLine(logLine, results.get('line'));
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
    if (stored.lastEditId === context.editId) return this.replayed(now, line);
    return { ok: false, problem: 'conflict', current: stored, reason: conflictReason(record) };
  }

  /** Our edit is already on the row (its answer was lost): finish its log line, report success. */
  async replayed(item: GraphListItem, line: ((previousRep: string) => Activity) | null): Promise<UpdateOutcome> {
    if (line) await this.ensureLine(line(previousRepOf(item)), undefined);
    return { ok: true, customer: customerFromItem(item) };
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
