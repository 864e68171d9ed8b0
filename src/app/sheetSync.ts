import type { CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';

/**
 * Follows the store (this pane's edits, another tab, the sync engine): the model's customers take in what
 * changed (registerCustomers: a customer the store now holds is no longer one only the sheet knows, one moved
 * to its stored key stays on its row) and the sheet shows it.
 */
export async function refreshFromStore(model: RegisterModel): Promise<void> {
  const changes = await model.refreshTeam();
  if (changes.customers.length === 0 && changes.removedKeys.length === 0 && !changes.rosterChanged
    && !changes.settingsChanged && changes.activitiesAdded === 0) return;
  model.keys?.follow(changes, model.team.customers);
  model.changed();
  await syncSheet(model, changes.customers);
}

/**
 * Writes store customers the sheet lacks (appended) or shows differently (rewritten in place), one write
 * after another so rows never collide. The live check takes the written cells as they are: no read-back.
 */
export function syncSheet(model: RegisterModel, changed: readonly StoredCustomer[]): Promise<void> {
  const run = model.writes.then(async () => {
    const { customers, sheet } = model;
    const updates: SheetRow[] = [];
    const additions: CustomerRecord[] = [];
    for (const { record } of changed) {
      const placed = customers.placed(record.dedupeKey);
      if (!placed) additions.push(record);
      else if (!shows(placed.record, record)) updates.push({ row: placed.row, record });
    }
    await sheet.update(updates);
    for (const update of updates) customers.place(update);
    const added = await sheet.append(additions);
    for (const placed of added) customers.place(placed);
    // The host raises no event for the add-in's own writes: the live check is handed them. With nothing
    // written there is nothing to wait for (the pane's open must not wait behind the first full check).
    const written = [...updates, ...added];
    if (written.length > 0) await model.session?.rowsPut(written.map((r) => ({ row: r.row, cells: sheet.cells(r.record) })));
    model.changed();
  });
  model.writes = run.catch(() => undefined);
  return run;
}

/**
 * Whether a row placed with `placed` already shows `stored`: every field but 保护到期, which the live check
 * computes into the sheet with the claim's history (a handover restarts the window), so it differs from the
 * store's own value by design — comparing it would rewrite such a row on every open.
 */
function shows(placed: CustomerRecord, stored: CustomerRecord): boolean {
  for (const field of Object.keys(stored) as (keyof CustomerRecord)[]) {
    if (field !== 'protectedUntil' && (placed[field] ?? null) !== (stored[field] ?? null)) return false;
  }
  return true;
}
