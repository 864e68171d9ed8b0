import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { REGISTER_FORMATS, registerDefinition, sampleRows } from '../../test/hosts/hostFixtures';
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
});
