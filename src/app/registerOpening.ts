import { claimKeyOf, customerKeyOf, protectedUntilOf } from '../core/claims';
import { RegisterKeys } from './registerKeys';
import { inRegisterOrder } from '../core/register/rowFindings';
import { claimHistory } from './claimBridge';
import { openRegister } from './openRegister';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import { readRegisterSettings } from './registerSettings';
import { refreshFromStore, syncSheet } from './sheetSync';
import { pushTypedRows } from './typedRowPush';
import { pushRowsEditedWhileClosed } from './heldRowActions';
import { rememberRowsInStep, sortOutDifferences } from './sheetDifferences';
import { keepSettingsInWorkbook } from './teamSettingsEdits';
import { bringWorkbookTeamIntoStore } from './workbookTeam';

/**
 * Opens the model: loads the store, brings a workbook's own team into it, opens (or creates) the register
 * sheet through openRegister — the one way to open it — and brings sheet and store up to date with each other.
 */
export async function openModel(model: RegisterModel): Promise<void> {
  const { host, store, matcher } = model.options;
  // Calls and visits are most of the log and only a click or a report needs them: they are read after the open.
  await model.refreshTeam({ contactsLater: true });
  const storeHas = { roster: model.team.roster.length > 0, settings: model.team.settings !== null };
  if (await bringWorkbookTeamIntoStore(host.settings, store, storeHas, () => model.editContext())) {
    await model.refreshTeam();
  }
  // Rows an older rule keyed get their stored key first (the user's own, or all for a manager), then the
  // sheet, the live check and the pane all read keys from the one key book.
  const migrateAs = model.currentUser ? { actor: model.actor(), today: model.today, roster: model.team.roster } : null;
  const { keys, migration } = await RegisterKeys.open(store, matcher, [...model.customers.storedCustomers()], migrateAs);
  model.keys = keys;
  if (migration && migration.moved.length > 0) await model.refreshTeam();
  await keepSettingsInWorkbook(model);
  model.columnMapping = (await readRegisterSettings(host.settings)).columnMapping;
  const storedKeys = model.customers.storedNameKeys;
  const opened = await openRegister(host, {
    today: model.today, create: true, offerAdoption: false, matcher: model.matcher, settings: model.registerSettings(), waitForCheck: false, checkLater: true,
    historyOf: (key) => claimHistory(model.team.activitiesOf(key)), rowNames: { storedKeys, nameIndex: keys.names },
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
  for (const row of sheetRows) if (row.record.dedupeKey && !model.customers.placed(row.record.dedupeKey)) model.customers.place(row);
  // Rows showing something else than the store are rewritten only where this computer saw the store move on.
  const differences = await sortOutDifferences(model);
  await syncSheet(model, differences.due);
  await takeInSheetRows(model, sheetRows, storedKeys);
  // The first full check reads each claim's last contacts: it starts once the log is whole. Rows edited while
  // the add-in was closed go to the store after it, as typed rows do after theirs.
  const session = opened.session;
  const firstCheck = model.wholeHistory().then(() => session.checkEverything(), () => session.checkEverything());
  const { edited } = differences;
  if (edited.length > 0) model.trackPush(firstCheck.then(() => pushRowsEditedWhileClosed(model, edited)));
  await model.protection.refresh();
  opened.session.onEdited((edit) => {
    const push = pushTypedRows(model, edit);
    model.trackPush(push);
    return push;
  });
  model.unsubscribeStore = store.subscribe(() => {
    if (model.pushing === 0) void refreshFromStore(model);
  });
  // The name field works now; what a rep needs only on a click follows, after the first full check.
  void model.settled().then(async () => {
    await model.prepareClaimStates();
    await rememberRowsInStep(model);
  }).catch((error: unknown) => console.error('客户登记册: the work after the open failed', error));
}

/**
 * The register sheet is the team's register (SPEC §3: after adoption every row is a registered customer):
 * rows the store does not hold yet become customers with their rep, state and dates, protection computed.
 * A manager takes in every row, a rep their own; the rest are known from the sheet until then. Of rows
 * sharing a 查重键 only the earliest claim is taken in; the others stay on the sheet, marked and listed for
 * the manager to merge or keep apart — nothing is merged, dropped or rewritten here.
 */
async function takeInSheetRows(model: RegisterModel, rows: readonly SheetRow[], storedKeys: ReadonlyMap<string, string>): Promise<void> {
  const keys = model.keys;
  if (!keys) return;
  // A row showing a stored customer under its stored name is the store's already (most rows of a register).
  const { policy } = model;
  const storedRow = ({ record }: SheetRow) => {
    const key = storedKeys.get(record.name.trim());
    return key !== undefined && !!model.customer(claimKeyOf(key, record.productLine, policy));
  };
  // The others in register order, each keyed beside the customers before it: two legal entities get two keys,
  // a later row of 同一客户 finds the earlier one's key taken.
  const ordered = inRegisterOrder(rows.filter((row) => row.record.name.trim() && row.record.rep.trim() && !storedRow(row)));
  const user = model.currentUser;
  const rekeyed: SheetRow[] = [];
  const seen = new Set<string>();
  let taken = 0;
  for (const { row, record: read } of ordered) {
    const key = keys.claimKeyOf(read.name, read.productLine, policy);
    if (!key || seen.has(key) || model.recordOf(key)) continue;
    seen.add(key);
    if (key !== read.dedupeKey) rekeyed.push({ row, record: { ...read, dedupeKey: customerKeyOf(key) } });
    const record = { ...read, name: read.name.trim(), rep: read.rep.trim(), dedupeKey: key, protectedUntil: protectedUntilOf(read, policy) };
    if (!user || (!user.isManager && record.rep !== user.name)) {
      keys.hold(record.name, key);
      model.customers.takeFromSheet({ row, record });
      continue;
    }
    const claimed = await model.store.claim(record, model.actor(), model.editContext());
    if (!claimed.ok) continue;
    keys.hold(record.name, key);
    // The row already shows what the store now holds: nothing is written back over the team's cells.
    model.customers.place({ row, record: claimed.customer.record });
    taken++;
  }
  // Rows keyed otherwise than when they were read: the live check takes them as read under the new key —
  // nothing is read back — and its first full check writes their 查重键 cell (only that: the team's text stays).
  model.session?.rekeyRows(rekeyed.map(({ row, record }) => ({ row, cells: model.sheet.cells(record) })));
  if (taken > 0) await refreshFromStore(model);
  model.changed();
}
