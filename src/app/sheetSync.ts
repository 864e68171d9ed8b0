import type { CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import { rememberShown } from './sheetDifferences';
import { showsSame } from '../core/register/rowFingerprint';

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
 * after another so rows never collide — but not over a row held for the user (sheetDifferences). The live
 * check takes the written cells as they are: no read-back; this computer remembers what the rows show.
 */
export function syncSheet(model: RegisterModel, changed: readonly StoredCustomer[]): Promise<void> {
  const run = model.writes.then(async () => {
    const { customers, sheet } = model;
    const updates: SheetRow[] = [];
    const additions: CustomerRecord[] = [];
    for (const { record } of changed) {
      if (model.held.holds(record.dedupeKey)) continue;
      const placed = customers.placed(record.dedupeKey);
      if (!placed) additions.push(record);
      else if (!showsSame(placed.record, record)) updates.push({ row: placed.row, record });
    }
    await sheet.update(updates);
    for (const update of updates) customers.place(update);
    const added = await sheet.append(additions);
    for (const placed of added) customers.place(placed);
    // The host raises no event for the add-in's own writes: the live check is handed them. With nothing
    // written there is nothing to wait for (the pane's open must not wait behind the first full check).
    const written = [...updates, ...added];
    await rememberShown(model, written);
    if (written.length > 0) await model.session?.rowsPut(written.map((r) => ({ row: r.row, cells: sheet.cells(r.record) })));
    model.changed();
  });
  model.writes = run.catch(() => undefined);
  return run;
}
