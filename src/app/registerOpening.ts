import { claimKeyOf, protectedUntilOf } from '../core/claims';
import { RegisterKeys } from './registerKeys';
import { precedes } from '../core/register/rowFindings';
import { claimHistory } from './claimBridge';
import { openRegister } from './openRegister';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import { rowRuns } from './registerSheet';
import { readRegisterSettings } from './registerSettings';
import { refreshFromStore, syncSheet } from './sheetSync';
import { storedNameKeys } from './storedNameKeys';
import { pushTypedRows } from './typedRowPush';
import { keepSettingsInWorkbook } from './teamSettingsEdits';
import { bringWorkbookTeamIntoStore } from './workbookTeam';

/**
 * Opens the model: loads the store, brings a workbook's own team into it, opens (or creates) the register
 * sheet through openRegister — the one way to open it — and brings sheet and store up to date with each other.
 */
export async function openModel(model: RegisterModel): Promise<void> {
  const { host, store, matcher } = model.options;
  await model.team.refresh(store);
  const storeHas = { roster: model.team.roster.length > 0, settings: model.team.settings !== null };
  if (await bringWorkbookTeamIntoStore(host.settings, store, storeHas, () => model.editContext())) {
    await model.team.refresh(store);
  }
  // Rows an older rule keyed get their stored key first (the user's own, or all for a manager), then the
  // sheet, the live check and the pane all read keys from the one key book.
  const migrateAs = model.currentUser ? { actor: model.actor(), today: model.today, roster: model.team.roster } : null;
  const { keys, migration } = await RegisterKeys.open(store, matcher, [...model.team.customers.values()], migrateAs);
  model.keys = keys;
  if (migration && migration.moved.length > 0) await model.team.refresh(store);
  await keepSettingsInWorkbook(model);
  model.columnMapping = (await readRegisterSettings(host.settings)).columnMapping;
  const opened = await openRegister(host, {
    today: model.today, create: true, offerAdoption: false, matcher: model.matcher, settings: model.registerSettings(), waitForCheck: false,
    historyOf: (key) => claimHistory(model.team.activitiesOf(key)), storedKeys: storedNameKeys(model),
  });
  if (opened.kind === 'failed') throw new Error(opened.reason.key);
  if (opened.kind !== 'opened') throw new Error(`The register could not be opened (${opened.kind})`);
  model.session = opened.session;
  model.sheet.use(opened.session.layout);
  // With product lines on, a row is the claim on its line: the key the store keeps it under (claimKeyOf).
  const { policy } = model;
  const sheetRows = opened.session.rows().map((row) => {
    const key = claimKeyOf(row.record.dedupeKey, row.record.productLine, policy);
    return key === row.record.dedupeKey ? row : { ...row, record: { ...row.record, dedupeKey: key } };
  });
  for (const row of sheetRows) if (row.record.dedupeKey && !model.rows.placed(row.record.dedupeKey)) model.rows.place(row);
  await syncSheet(model, [...model.team.customers.values()]);
  await takeInSheetRows(model, sheetRows);
  await model.protection.refresh();
  opened.session.onEdited((edit) => pushTypedRows(model, edit));
  model.unsubscribeStore = store.subscribe(() => {
    if (model.pushing === 0) void refreshFromStore(model);
  });
  // The name field works now; what a rep needs only on a click follows, after the first full check.
  void model.settled().then(() => model.prepareClaimStates());
}

/**
 * The register sheet is the team's register (SPEC §3: after adoption every row is a registered customer):
 * rows the store does not hold yet become customers with their rep, state and dates, protection computed.
 * A manager takes in every row, a rep their own; the rest are known from the sheet until then. Of rows
 * sharing a 查重键 only the earliest claim is taken in; the others stay on the sheet, marked and listed for
 * the manager to merge or keep apart — nothing is merged, dropped or rewritten here.
 */
async function takeInSheetRows(model: RegisterModel, rows: readonly SheetRow[]): Promise<void> {
  const keys = model.keys;
  if (!keys) return;
  // In register order, each row keyed beside the customers before it: two legal entities get two keys, a
  // later row of 同一客户 finds the earlier one's key taken.
  const ordered = rows.filter(({ record }) => record.name.trim() && record.rep.trim()).sort((a, b) => (precedes(a, b) ? -1 : 1));
  const user = model.currentUser;
  const rekeyed: number[] = [];
  const seen = new Set<string>();
  let taken = 0;
  for (const { row, record: read } of ordered) {
    const key = keys.claimKeyOf(read.name, read.productLine, model.policy);
    if (!key || seen.has(key) || model.team.customers.has(key) || model.sheetOnly.has(key)) continue;
    seen.add(key);
    if (key !== read.dedupeKey) rekeyed.push(row);
    const record = { ...read, name: read.name.trim(), rep: read.rep.trim(), dedupeKey: key, protectedUntil: protectedUntilOf(read, model.policy) };
    if (!user || (!user.isManager && record.rep !== user.name)) {
      model.sheetOnly.set(key, record);
      keys.hold(record.name, key);
      model.rows.place({ row, record });
      continue;
    }
    const claimed = await model.store.claim(record, model.actor(), model.editContext());
    if (!claimed.ok) continue;
    keys.hold(record.name, key);
    // The row already shows what the store now holds: nothing is written back over the team's cells.
    model.rows.place({ row, record: claimed.customer.record });
    taken++;
  }
  // Rows keyed otherwise than when they were read get their 查重键 cell (only that: the team's text stays).
  for (const [top, bottom] of rowRuns(rekeyed)) await model.session?.rowsRekeyed(top, bottom);
  if (taken > 0) await refreshFromStore(model);
  model.changed();
}
