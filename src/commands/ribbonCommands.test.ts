import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { REGISTER_FORMATS, registerDefinition, sampleRows } from '../../test/hosts/hostFixtures';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { GELIN } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from '../app/nameMatcher';
import { RegisterWorkspace } from '../app/registerWorkspace';
import { serveWorkspace } from '../app/servedWorkspace';
import { generateMonthlySummary, setUpPrinting } from './ribbonCommands';

/** 2026-09-01 09:00 in Shanghai: the summary defaults to August. */
const NOW = new Date('2026-09-01T01:00:00Z');

describe('ribbon commands', () => {
  test('生成月度汇总 writes last month\'s summary from the register and says to press Ctrl+P', async () => {
    const h = excelHarness();
    await h.host.ensureTable(registerDefinition());
    await h.host.appendRows(REGISTER_TABLE_NAME, sampleRows(300), REGISTER_FORMATS);
    expect(await generateMonthlySummary(h.host, NOW)).toEqual([
      { key: 'host.sheet.written', params: { sheet: '2026年8月汇总' } }, { key: 'host.print.pressCtrlP' },
      { key: 'host.command.summaryFromRows' },
    ]);
    const sheet = await h.host.readSheet('2026年8月汇总');
    expect(String(sheet![0][0])).toContain('2026年8月');
  });

  test('打印设置 lays the register out for printing', async () => {
    const h = excelHarness();
    await h.host.ensureTable(registerDefinition());
    expect(await setUpPrinting(h.host)).toEqual([{ key: 'host.print.pressCtrlP' }]);
    expect(h.probe.pageLayout('客户登记')).toMatchObject({ orientation: 'landscape', paperSize: 'A4' });
  });

  test('without a register both buttons say how to make one', async () => {
    const h = excelHarness();
    expect(await generateMonthlySummary(h.host, NOW)).toEqual([{ key: 'host.command.noRegister' }]);
    expect(await setUpPrinting(h.host)).toEqual([{ key: 'host.command.noRegister' }]);
  });

  test('with the pane open, 生成月度汇总 comes from the history: a later force-claim leaves last month\'s sheet as it was', async () => {
    const today = '2026-11-02' as CalendarDate;
    const store = LocalClaimStore.open('ribbon-history', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedStore(store, sampleTeam(today, { customers: 150 }));
    const workbook = new SandboxWorkbook();
    let ids = 0;
    const workspace = await RegisterWorkspace.open({
      host: workbook, store, matcher: await loadNameMatcher(), clock: () => new Date(`${today}T04:00:00Z`), newId: () => `edit-${ids++}`, currentUser: '陈静',
    });
    const unserve = serveWorkspace(workspace);
    const now = new Date(`${today}T04:00:00Z`);
    expect(await generateMonthlySummary(workbook, now)).not.toContainEqual({ key: 'host.command.summaryFromRows' });
    const before = await workbook.readSheet('2026年10月汇总');
    const forced = await workspace.forceClaim(GELIN, { kind: 'forceClaim', rep: '赵敏', contact: 'sample', sampleModel: 'BL-466', reason: '客户指定赵敏对接' });
    expect(forced.ok).toBe(true);
    await generateMonthlySummary(workbook, now);
    const after = await workbook.readSheet('2026年10月汇总');
    // Only the 生成于 line may differ (same day here); every rep's October customers stay where they were.
    expect(after).toEqual(before);
    expect(JSON.stringify(before)).toContain(GELIN);
    unserve();
    workspace.dispose();
  });
});
