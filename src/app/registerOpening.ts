import { claimKeyOf, protectedUntilOf } from '../core/claims';
import { precedes } from '../core/register/rowFindings';
import { claimHistory } from './claimBridge';
import { openRegister } from './openRegister';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import { readRegisterSettings } from './registerSettings';
import { refreshFromStore, syncSheet } from './sheetSync';
import { pushTypedRows } from './typedRowPush';
import { keepSettingsInWorkbook } from './teamSettingsEdits';
import { bringWorkbookTeamIntoStore } from './workbookTeam';

/**
 * Opens the model: loads the store, brings a workbook's own team into it, opens (or creates) the register
 * sheet through openRegister — the one way to open it — and brings sheet and store up to date with each other.
 */
export async function openModel(model: RegisterModel): Promise<void> {
  const { host, store, matcher } = model.options;
  const changes = await model.team.refresh(store);
  const storeHas = { roster: model.team.roster.length > 0, settings: model.team.settings !== null };
  if (await bringWorkbookTeamIntoStore(host.settings, store, storeHas, () => model.editContext())) {
    await model.team.refresh(store);
  }
  await keepSettingsInWorkbook(model);
  model.columnMapping = (await readRegisterSettings(host.settings)).columnMapping;
  const opened = await openRegister(host, {
    today: model.today, create: true, offerAdoption: false, matcher, settings: model.registerSettings(), waitForCheck: false,
    historyOf: (key) => claimHistory(model.team.activitiesOf(key)),
  });
  if (opened.kind === 'failed') throw new Error(opened.reason.key);
  if (opened.kind !== 'opened') throw new Error(`The register could not be opened (${opened.kind})`);
  model.session = opened.session;
  model.sheet.use(opened.session.layout);
  // With product lines on, a row is the claim on its line: the key the store keeps it under (claimKeyOf).
  const sheetRows = opened.session.rows().map((row) => ({
    ...row, record: { ...row.record, dedupeKey: claimKeyOf(row.record.dedupeKey, row.record.productLine, model.policy) },
  }));
  for (const row of sheetRows) if (row.record.dedupeKey && !model.rows.placed(row.record.dedupeKey)) model.rows.place(row);
  await syncSheet(model, changes.customers);
  await takeInSheetRows(model, sheetRows);
  opened.session.onEdited((edit) => pushTypedRows(model, edit));
  model.unsubscribeStore = store.subscribe(() => {
    if (model.pushing === 0) void refreshFromStore(model);
  });
}

/**
 * The register sheet is the team's register (SPEC §3: after adoption every row is a registered customer):
 * rows the store does not hold yet become customers with their rep, state and dates, protection computed.
 * A manager takes in every row, a rep their own; the rest are known from the sheet until then. Of rows
 * sharing a 查重键 only the earliest claim is taken in; the others stay on the sheet, marked and listed for
 * the manager to merge or keep apart — nothing is merged, dropped or rewritten here.
 */
async function takeInSheetRows(model: RegisterModel, rows: readonly SheetRow[]): Promise<void> {
  const earliest = new Map<string, SheetRow>();
  for (const row of rows) {
    const { dedupeKey: key, name, rep } = row.record;
    if (!key || !name.trim() || !rep.trim() || model.team.customers.has(key)) continue;
    const held = earliest.get(key);
    if (!held || precedes(row, held)) earliest.set(key, row);
  }
  if (earliest.size === 0) return;
  const user = model.currentUser;
  let taken = 0;
  for (const { row, record: read } of earliest.values()) {
    const record = { ...read, name: read.name.trim(), rep: read.rep.trim(), protectedUntil: protectedUntilOf(read, model.policy) };
    if (!user || (!user.isManager && record.rep !== user.name)) {
      model.sheetOnly.set(record.dedupeKey, record);
      continue;
    }
    const claimed = await model.store.claim(record, model.actor(), model.editContext());
    if (!claimed.ok) continue;
    // The row already shows what the store now holds: nothing is written back over the team's cells.
    model.rows.place({ row, record: claimed.customer.record });
    taken++;
  }
  if (taken > 0) await refreshFromStore(model);
  model.changed();
}
