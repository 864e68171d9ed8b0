import type { CalendarDate, YearMonth } from '../core/dates/calendarDate';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { sampleRecords } from '../../test/hosts/hostFixtures';
import { writeDailyList, writeMonthlySummary } from './monthlySummary';

const today = '2026-09-01' as CalendarDate;

describe('monthly summary and daily list', () => {
  test('one click writes last month\'s summary, shows it and says to press Ctrl+P in Excel', async () => {
    const h = excelHarness();
    const written = await writeMonthlySummary(h.host, sampleRecords(200), { today });
    expect(written).toEqual({
      sheet: '2026年8月汇总',
      messages: [{ key: 'host.sheet.written', params: { sheet: '2026年8月汇总' } }, { key: 'host.print.pressCtrlP' }],
    });
    expect(h.probe.activeSheet()).toBe('2026年8月汇总');
    expect(h.probe.pageLayout('2026年8月汇总').rowBreaks.length).toBeGreaterThan(1);
  });

  test('running it again replaces that month\'s sheet; another month gets its own', async () => {
    const h = excelHarness();
    await writeMonthlySummary(h.host, sampleRecords(200), { today });
    await writeMonthlySummary(h.host, sampleRecords(40), { today });
    await writeMonthlySummary(h.host, sampleRecords(40), { today, month: '2026-07' as YearMonth });
    expect(await h.host.listSheets()).toEqual(['Sheet1', '2026年8月汇总', '2026年7月汇总']);
  });

  test('the daily list is written the same way', async () => {
    const h = excelHarness();
    const written = await writeDailyList(h.host, sampleRecords(50), '2026-07-10' as CalendarDate);
    expect(written.sheet).toMatch(/^今日新增/);
    expect((await h.host.readSheet(written.sheet))!.length).toBeGreaterThan(3);
  });
});
