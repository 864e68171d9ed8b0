import type { CustomerRecord } from '../../core/register/customerRecord';
import type { Activity, StoredCustomer } from '../claimStore';
import { activityFields, customerFields, customerFromItem, type GraphListItem } from './fieldMapping';
import { isSuccess, realSleep, sendBatch, type BatchResult, type BatchStep, type Sleep } from './graphBatch';
import { classifySubResponse, unavailable } from './graphErrors';
import type { SharePointLists } from './sharePointLists';

export interface ImportedCustomer {
  record: CustomerRecord;
  /** Deterministic per row (say "migrate:<key>"), so running the import again recognises its own rows. */
  editId: string;
}

export interface CustomerImport {
  uploaded: StoredCustomer[];
  /** Rows whose 查重键 someone on the team had already registered. */
  taken: { record: CustomerRecord; winner: StoredCustomer }[];
}

/**
 * Uploads many rows in $batch requests (20 per request). The unique key column still decides: a row whose
 * key exists comes back 409, and the existing row is then read (also batched) to say who holds it.
 */
export async function importCustomers(lists: SharePointLists, rows: ImportedCustomer[], sleep: Sleep = realSleep): Promise<CustomerImport> {
  const posted = await sendBatch(lists.client, rows.map((row, n) => [{
    id: String(n), method: 'POST', url: lists.itemsPath('customers'), body: { fields: customerFields(row.record, row.editId) },
  } satisfies BatchStep]), sleep);
  const result: CustomerImport = { uploaded: [], taken: [] };
  const duplicates: number[] = [];
  rows.forEach((_, n) => {
    const answer = required(posted, String(n));
    if (isSuccess(answer.status)) result.uploaded.push(customerFromItem(answer.body as GraphListItem));
    else if (classifySubResponse(answer.status, answer.body).kind === 'duplicate') duplicates.push(n);
    else throw unavailable(answer.status, answer.body);
  });

  const holders = await sendBatch(lists.client, duplicates.map((n) => [{
    id: String(n), method: 'GET', url: lists.queryUrl('customers', { column: 'DedupeKey', value: rows[n].record.dedupeKey }),
  } satisfies BatchStep]), sleep);
  for (const n of duplicates) {
    const answer = required(holders, String(n));
    const item = (answer.body as { value?: GraphListItem[] } | undefined)?.value?.[0];
    if (!isSuccess(answer.status) || !item) throw unavailable(answer.status, answer.body);
    const holder = customerFromItem(item);
    // Our own row from an earlier, interrupted run of the same import.
    if (holder.lastEditId === rows[n].editId) result.uploaded.push(holder);
    else result.taken.push({ record: rows[n].record, winner: holder });
  }
  return result;
}

/** Appends log lines in $batch requests; one already there (same id) is skipped by the unique ActivityId. */
export async function importActivities(lists: SharePointLists, activities: Activity[], sleep: Sleep = realSleep): Promise<number> {
  const answers = await sendBatch(lists.client, activities.map((activity, n) => [{
    id: String(n), method: 'POST', url: lists.itemsPath('activities'), body: { fields: activityFields(activity) },
  } satisfies BatchStep]), sleep);
  let added = 0;
  activities.forEach((_, n) => {
    const answer = required(answers, String(n));
    if (isSuccess(answer.status)) added += 1;
    else if (classifySubResponse(answer.status, answer.body).kind !== 'duplicate') throw unavailable(answer.status, answer.body);
  });
  return added;
}

function required(results: Map<string, BatchResult>, id: string): BatchResult {
  const result = results.get(id);
  if (!result) throw unavailable(-1, `no answer for batch step ${id}`);
  return result;
}
