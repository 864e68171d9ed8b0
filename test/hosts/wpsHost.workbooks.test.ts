import type { SheetChange } from '../../src/hosts/spreadsheetHost';
import { hostOnFake } from './wpsFake/hostOnFake';

/**
 * WPS has one task pane for every open workbook. The host serves the workbook that was in front when the
 * pane opened, and keeps to it when the user switches windows.
 */
function twoWorkbooks() {
  const { fake, host } = hostOnFake({ workbookName: '客户登记册.xlsx' });
  fake.application.ActiveWorkbook!.Sheets.Add().Name = '客户登记';
  const other = fake.app.openWorkbook('别的表.xlsx');
  other.addSheet().Name = '客户登记';
  return { fake, host, register: fake.workbook, other };
}

describe('WPS host: several open workbooks', () => {
  test('reads, writes and settings stay in the workbook the pane opened on after a switch', async () => {
    const { fake, host, register, other } = twoWorkbooks();
    expect(fake.app.activeWorkbook).toBe(other);
    expect(host.workbookName).toBe('客户登记册.xlsx');

    await host.writeRange('客户登记', 1, 0, [['格林电子']]);
    await host.settings.set('roster', ['张敏']);

    expect(register.sheet('客户登记').model.read(2, 1)?.value).toBe('格林电子');
    expect(other.sheet('客户登记').model.read(2, 1)).toBeUndefined();
    expect(other.sheets.map((s) => s.Name)).toEqual(['Sheet1', '客户登记']);
    expect(await host.settings.get('roster')).toEqual(['张敏']);
    expect(await host.listSheets()).toEqual(['Sheet1', '客户登记']);
  });

  test('edits of a same-named sheet in another workbook do not reach the served sheet\'s handlers', async () => {
    const { fake, host, register } = twoWorkbooks();
    const changes: SheetChange[] = [];
    await host.onSheetChanged('客户登记', (change) => { changes.push(change); });

    fake.user.type('客户登记', 'B3', [['别的公司']]);
    fake.user.switchTo(register);
    fake.user.type('客户登记', 'B4', [['格林电子']]);
    await host.settled();

    expect(changes).toEqual([{ sheet: '客户登记', range: { top: 3, left: 1, bottom: 3, right: 1 } }]);
  });

  test('window settings (frozen header, the sheet in front) go to the served workbook\'s window', async () => {
    const { fake, host, register } = twoWorkbooks();
    await host.ensureTable({
      sheet: '新登记', tableName: 'ClaimRegister', freezeHeader: true,
      columns: [{ header: '客户名称', width: 20, numberFormat: '@', computed: false }],
    });
    expect(register.sheets.map((s) => s.Name)).toContain('新登记');
    expect(register.sheet('新登记').model.frozen).toBe(true);
    await host.activateSheet('客户登记');
    expect(fake.app.activeWorkbook).toBe(register);
    expect(register.activeSheet.Name).toBe('客户登记');
  });

  test('says which workbook comes in front, so the pane can show which one it serves', () => {
    const { fake, host, register, other } = twoWorkbooks();
    const seen: string[] = [];
    const stop = host.onWorkbookActivated((name) => seen.push(name));
    fake.user.switchTo(register);
    fake.user.switchTo(other);
    stop();
    fake.user.switchTo(register);
    expect(seen).toEqual(['客户登记册.xlsx', '别的表.xlsx']);
  });
});
