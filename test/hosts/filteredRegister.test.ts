import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME, TEXT_FORMAT } from '../../src/core/register/registerSchema';
import type { SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { excelHarness } from './excelFake/excelHarness';
import { filteredRowsOf } from './excelFake/sheetFilter';
import { column, registerDefinition, REGISTER_FORMATS, sampleRows } from './hostFixtures';
import { wpsHarness } from './wpsFake/wpsHarness';

/**
 * A rep filters the register (their own customers, one 状态) and the add-in keeps working on the whole table:
 * reads still see every row (hidden rows count, in Excel and ET alike), and a block written across rows the
 * filter hides lands on the right rows — the hosts put an array's rows into the visible rows only (see the
 * fakes' sheetFilter.ts / filteredRows.ts), so the adapters write such a block one row at a time. The add-in
 * respects the filter: it never clears it.
 */
interface Filterable {
  host: SpreadsheetHost;
  /** The user's filter hides these sheet rows (0-based). */
  filterOut(sheet: string, rows: number[]): void;
  hidden(sheet: string): number[];
  roundTrips(): number;
}

function excel(): Filterable {
  const h = excelHarness();
  return {
    host: h.host,
    filterOut: (sheet, rows) => rows.forEach((row) => filteredRowsOf(h.excel.sheet(sheet)).add(row)),
    hidden: (sheet) => [...filteredRowsOf(h.excel.sheet(sheet))].sort((a, b) => a - b),
    roundTrips: () => h.roundTrips(),
  };
}

function wps(): Filterable {
  const h = wpsHarness();
  return {
    host: h.host,
    filterOut: (sheet, rows) => rows.forEach((row) => h.fake.sheet(sheet).filteredRows.add(row + 1)),
    hidden: (sheet) => [...h.fake.sheet(sheet).filteredRows].map((row) => row - 1).sort((a, b) => a - b),
    roundTrips: () => h.roundTrips(),
  };
}

const NAME = column('客户名称');
const KEY = column('查重键');
const REMARKS = column('备注');

describe.each([['Excel', excel], ['WPS', wps]])('%s: a register the rep has filtered', (_name, make) => {
  async function filteredRegister(rows = 6) {
    const f = make();
    await f.host.ensureTable(registerDefinition());
    await f.host.appendRows(REGISTER_TABLE_NAME, sampleRows(rows), REGISTER_FORMATS);
    // Data rows 2 and 4 (sheet rows 2, 4) and the last one are filtered out: another rep's customers.
    f.filterOut(REGISTER_SHEET_NAME, [2, 4, rows]);
    return f;
  }

  test('reads see every row, the hidden ones included, in place', async () => {
    const f = await filteredRegister();
    const table = (await f.host.readTable(REGISTER_TABLE_NAME))!;
    expect(table.rows.map((row) => row[NAME])).toEqual(sampleRows(6).map((row) => row[NAME]));
    expect(await f.host.readRange(REGISTER_SHEET_NAME, { top: 2, bottom: 2, left: NAME, right: NAME })).toEqual([[sampleRows(6)[1][NAME]]]);
  });

  test('a computed column written for every row lands on each row, hidden or not', async () => {
    const f = await filteredRegister();
    const keys = sampleRows(6).map((_, i) => [`key-${i + 1}`]);
    expect(await f.host.writeRange(REGISTER_SHEET_NAME, 1, KEY, keys, [TEXT_FORMAT])).toEqual({});
    const written = await f.host.readRange(REGISTER_SHEET_NAME, { top: 1, bottom: 6, left: KEY, right: KEY });
    expect(written).toEqual(keys);
    // The rep's filter is left as it was.
    expect(f.hidden(REGISTER_SHEET_NAME)).toEqual([2, 4, 6]);
  });

  test('a block of whole rows (a paste checked and rewritten) keeps every row on its own line', async () => {
    const f = await filteredRegister();
    const rows = sampleRows(6).map((row, i) => row.map((value, c) => (c === REMARKS ? `备注 ${i + 1}` : value)));
    await f.host.writeRange(REGISTER_SHEET_NAME, 1, 0, rows, REGISTER_FORMATS);
    const table = (await f.host.readTable(REGISTER_TABLE_NAME))!;
    expect(table.rows.map((row) => [row[NAME], row[REMARKS]])).toEqual(rows.map((row) => [row[NAME], row[REMARKS]]));
  });

  test('a new customer goes below the last row, hidden or not, and nothing else moves', async () => {
    const f = await filteredRegister();
    const [added] = sampleRows(7).slice(6);
    const outcome = await f.host.appendRows(REGISTER_TABLE_NAME, [added], REGISTER_FORMATS);
    expect(outcome.firstRow).toBe(7);
    const table = (await f.host.readTable(REGISTER_TABLE_NAME))!;
    expect(table.rows.map((row) => row[NAME])).toEqual(sampleRows(7).map((row) => row[NAME]));
  });

  test('an unfiltered write stays one block (the per-row path is taken only under a filter)', async () => {
    const plain = make();
    await plain.host.ensureTable(registerDefinition());
    await plain.host.appendRows(REGISTER_TABLE_NAME, sampleRows(200), REGISTER_FORMATS);
    const before = plain.roundTrips();
    await plain.host.writeRange(REGISTER_SHEET_NAME, 1, KEY, sampleRows(200).map((_, i) => [`k${i}`]), [TEXT_FORMAT]);
    const plainCost = plain.roundTrips() - before;
    const small = make();
    await small.host.ensureTable(registerDefinition());
    await small.host.appendRows(REGISTER_TABLE_NAME, sampleRows(10), REGISTER_FORMATS);
    const start = small.roundTrips();
    await small.host.writeRange(REGISTER_SHEET_NAME, 1, KEY, sampleRows(10).map((_, i) => [`k${i}`]), [TEXT_FORMAT]);
    expect(small.roundTrips() - start).toBe(plainCost);
  });
});
