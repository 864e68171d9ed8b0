import type { CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';

/**
 * Follows the store (this pane's edits, another tab, the sync engine): the model takes in what changed —
 * a customer the store now holds is no longer one only the sheet knows — and the sheet shows it.
 */
export async function refreshFromStore(model: RegisterModel): Promise<void> {
  const changes = await model.team.refresh(model.store);
  if (changes.customers.length === 0 && changes.removedKeys.length === 0 && !changes.rosterChanged
    && !changes.settingsChanged && changes.activitiesAdded === 0) return;
  for (const customer of changes.customers) model.sheetOnly.delete(customer.record.dedupeKey);
  model.changed();
  await syncSheet(model, changes.customers);
}

/**
 * Writes store customers the sheet lacks (appended) or shows differently (rewritten in place), one write
 * after another so rows never collide. The live check takes the written cells as they are: no read-back.
 */
export function syncSheet(model: RegisterModel, customers: readonly StoredCustomer[]): Promise<void> {
  const run = model.writes.then(async () => {
    const { rows, sheet } = model;
    const updates: SheetRow[] = [];
    const additions: CustomerRecord[] = [];
    for (const { record } of customers) {
      const placed = rows.placed(record.dedupeKey);
      if (!placed) additions.push(record);
      else if (JSON.stringify(placed.record) !== JSON.stringify(record)) updates.push({ row: placed.row, record });
    }
    await sheet.update(updates);
    for (const update of updates) rows.place(update);
    const added = await sheet.append(additions);
    for (const placed of added) rows.place(placed);
    // The host raises no event for the add-in's own writes: the live check is handed them.
    await model.session?.rowsPut([...updates, ...added].map((r) => ({ row: r.row, cells: sheet.cells(r.record) })));
    model.changed();
  });
  model.writes = run.catch(() => undefined);
  return run;
}
