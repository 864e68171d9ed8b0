import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import type { SheetChange, SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { excelHarness } from './excelFake/excelHarness';
import { registerDefinition, REGISTER_FORMATS, sampleRows } from './hostFixtures';
import { hostOnFake } from './wpsFake/hostOnFake';

/**
 * Neither host documents when a change event for code's writes arrives relative to switching events back
 * on. Here both fakes raise it a few milliseconds after the write returned, and look at the switch only
 * then: the add-in must still not hear its own writes, and must still hear the user's.
 */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function excelLate() {
  const h = excelHarness({ lateEvents: true });
  return { host: h.host as SpreadsheetHost, settle: () => h.excel.settle(), type: (row: number, column: number, value: string) => h.userEdit(REGISTER_SHEET_NAME, row, column, [[value]]) };
}

function wpsLate() {
  const { fake, host } = hostOnFake({ lateEvents: true });
  const settle = async () => {
    while (fake.app.lateDeliveries > 0) await wait(5);
    await host.settled();
  };
  return {
    host: host as SpreadsheetHost,
    settle,
    type: async (row: number, column: number, value: string) => {
      fake.user.type(REGISTER_SHEET_NAME, `${String.fromCharCode(65 + column)}${row + 1}`, [[value]]);
      await settle();
    },
  };
}

describe.each([['Excel', excelLate], ['WPS', wpsLate]])('%s: change events that arrive after the write returned', (_host, make) => {
  test('the add-in\'s own writes never reach the live check; the user\'s edits do, even over the add-in\'s cells', async () => {
    const { host, settle, type } = make();
    await host.ensureTable(registerDefinition());
    const changes: SheetChange[] = [];
    await host.onSheetChanged(REGISTER_SHEET_NAME, (change) => { changes.push(change); });

    await host.appendRows(REGISTER_TABLE_NAME, sampleRows(3), REGISTER_FORMATS);
    await host.writeRange(REGISTER_SHEET_NAME, 1, 18, [['2026-12-01'], ['2026-12-02']]);
    await settle();
    expect(changes).toEqual([]);

    await type(2, 18, '改过');
    expect(changes.map((c) => c.range)).toEqual([{ top: 2, left: 18, bottom: 2, right: 18 }]);
  });
});
