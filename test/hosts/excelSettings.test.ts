import { excelHarness } from './excelFake/excelHarness';

/**
 * Office.context.document.settings is each runtime's own copy of the document's bag: the ribbon's runtime or a
 * co-author may have saved since. The host refreshes before reading and before saving.
 */
describe('ExcelHost: document settings are refreshed', () => {
  test('a read sees what another runtime saved after this one loaded', async () => {
    const h = excelHarness();
    await h.host.settings.set('roster', ['张三']);
    h.excel.settings.savedElsewhere('claimRegister.roster', ['张三', '李四']);
    expect(await h.host.settings.get('roster')).toEqual(['张三', '李四']);
  });

  test('a save keeps the settings another runtime saved meanwhile instead of writing old ones back', async () => {
    const h = excelHarness();
    await h.host.settings.set('policy', { protectDays: 60 });
    h.excel.settings.savedElsewhere('claimRegister.roster', ['李四']);
    await h.host.settings.set('policy', { protectDays: 90 });
    expect(JSON.parse(h.excel.settings.saved.get('claimRegister.roster')!)).toEqual(['李四']);
    expect(JSON.parse(h.excel.settings.saved.get('claimRegister.policy')!)).toEqual({ protectDays: 90 });
  });

  test('reads at the same moment share one refresh', async () => {
    const h = excelHarness();
    const before = h.excel.settings.refreshes;
    await Promise.all([h.host.settings.get('policy'), h.host.settings.get('roster'), h.host.settings.get('store')]);
    expect(h.excel.settings.refreshes - before).toBe(1);
  });
});
