import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { NEW_REP } from '../../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../../src/hosts/sandbox/seed/seedStore';
import type { SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { InMemorySheetMemory } from '../../src/store/sheetMemory';
import { excelHarness } from './excelFake/excelHarness';
import { column } from './hostFixtures';
import { wpsHarness } from './wpsFake/wpsHarness';

/**
 * The register model on Excel's and WPS's object models, reopened after the sheet was edited without the
 * add-in: the rep's own row goes to the store, a colleague's change made meanwhile reaches its row, and a
 * colleague's row the rep edited is listed and left as it is.
 */
const TODAY = '2026-11-02' as CalendarDate;
const team = sampleTeam(TODAY, { customers: 40 });
const NAME = column('客户名称');
const NOTES = column('跟进情况');
const REMARKS = column('备注');
let ids = 0;

const own = team.customers.find((c) => c.rep === NEW_REP && c.status !== 'released')!;
const colleagues = team.customers.filter((c) => c.rep !== NEW_REP && c.status !== 'released');

describe.each([['Excel', () => excelHarness().host], ['WPS', () => wpsHarness().host]])('%s: rows edited while the add-in was closed', (_name, make) => {
  test('the own row is submitted, a colleague\'s news reaches the sheet, a colleague\'s edited row is listed untouched', async () => {
    const host: SpreadsheetHost = make();
    const store = LocalClaimStore.open(`closed-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedStore(store, team);
    const sheetMemory = new InMemorySheetMemory();
    const open = async () => {
      const workspace = await RegisterWorkspace.open({
        host, store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`), newId: () => `edit-${ids++}`, currentUser: NEW_REP, sheetMemory,
      });
      await workspace.settled();
      return workspace;
    };
    const rowOf = async (name: string) => {
      const table = (await host.readTable(REGISTER_TABLE_NAME))!;
      return table.firstDataRow + table.rows.findIndex((r) => r[NAME] === name);
    };
    const cellOf = async (name: string, x: number) => (await host.readRange(REGISTER_SHEET_NAME, { top: await rowOf(name), left: x, bottom: await rowOf(name), right: x }))[0][0];
    const first = await open();
    await new Promise((resolve) => { setTimeout(resolve, 50); });
    first.dispose();

    await host.writeRange(REGISTER_SHEET_NAME, await rowOf(own.name), REMARKS, [['关闭插件时补的备注']]);
    await host.writeRange(REGISTER_SHEET_NAME, await rowOf(colleagues[0].name), REMARKS, [['改了同事的行']]);
    const news = (await store.listCustomers()).find((c) => c.record.name === colleagues[1].name)!;
    await store.updateCustomer({ ...news.record, followUpNotes: '同事的新进展' }, news.version, { name: news.record.rep }, { editId: 'colleague', today: TODAY });

    const reopened = await open();
    const stored = async (name: string) => (await store.listCustomers()).find((c) => c.record.name === name)!.record;
    expect((await stored(own.name)).remarks).toBe('关闭插件时补的备注');
    expect(await cellOf(colleagues[1].name, NOTES)).toBe('同事的新进展');
    expect(await cellOf(colleagues[0].name, REMARKS)).toBe('改了同事的行');
    expect((await stored(colleagues[0].name)).remarks).not.toBe('改了同事的行');
    expect(reopened.heldRows()).toEqual([expect.objectContaining({ name: colleagues[0].name, why: 'colleague', mayKeepSheet: false })]);
    reopened.dispose();
  });
});
