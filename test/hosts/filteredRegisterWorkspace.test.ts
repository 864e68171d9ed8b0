import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { dedupeKey } from '../../src/core/names';
import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { SAMPLE_MANAGER } from '../../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../../src/hosts/sandbox/seed/seedStore';
import type { SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { excelHarness } from './excelFake/excelHarness';
import { filteredRowsOf } from './excelFake/sheetFilter';
import { column } from './hostFixtures';
import { wpsHarness } from './wpsFake/wpsHarness';

/**
 * The register model on a register the rep has filtered (issue 12, item 8): opening it brings every row's
 * 查重键 up to date — one write spanning the rows, hidden ones among them — and each row gets its own key.
 */
const TODAY = '2026-11-02' as CalendarDate;
const team = sampleTeam(TODAY, { customers: 12 });
const NAME = column('客户名称');
const KEY = column('查重键');
let ids = 0;

interface Filterable {
  host: SpreadsheetHost;
  filterOut(rows: number[]): void;
}

const excel = (): Filterable => {
  const h = excelHarness();
  return { host: h.host, filterOut: (rows) => rows.forEach((r) => filteredRowsOf(h.excel.sheet(REGISTER_SHEET_NAME)).add(r)) };
};
const wps = (): Filterable => {
  const h = wpsHarness();
  return { host: h.host, filterOut: (rows) => rows.forEach((r) => h.fake.sheet(REGISTER_SHEET_NAME).filteredRows.add(r + 1)) };
};

async function open(host: SpreadsheetHost) {
  const store = LocalClaimStore.open(`filtered-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workspace = await RegisterWorkspace.open({
    host, store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`), newId: () => `edit-${ids++}`, currentUser: SAMPLE_MANAGER,
  });
  await workspace.settled();
  return workspace;
}

describe.each([['Excel', excel], ['WPS', wps]])('%s: the register model on a filtered register', (_name, make) => {
  test('every row gets its own 查重键 back, the rows the filter hides included', async () => {
    const f = make();
    (await open(f.host)).dispose();
    const table = (await f.host.readTable(REGISTER_TABLE_NAME))!;
    const last = table.firstDataRow + table.rows.length - 1;
    // Someone cleared the computed column; then the rep filtered the sheet down to a few rows.
    await f.host.writeRange(REGISTER_SHEET_NAME, table.firstDataRow, KEY, table.rows.map(() => ['']));
    f.filterOut([table.firstDataRow + 1, table.firstDataRow + 3, table.firstDataRow + 4, last]);
    const workspace = await open(f.host);
    const after = (await f.host.readTable(REGISTER_TABLE_NAME))!;
    expect(after.rows.map((row) => row[KEY])).toEqual(after.rows.map((row) => dedupeKey(String(row[NAME]))));
    workspace.dispose();
  });
});
