import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { recordToRow } from '../../src/core/register/registerRow';
import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { formatMessage } from '../../src/i18n/message';
import { wpsCommands } from '../../src/apps/wps/wpsCommands';
import { registerTableDefinition } from '../../src/app/registerLayout';
import { saveRoster } from '../../src/app/registerSettings';
import { sampleRecords } from './hostFixtures';
import { hostOnFake } from './wpsFake/hostOnFake';
import type { WpsAddinRoot } from '../../src/hosts/wps/wpsAddinRoot';
import { watchRegisterWorkbooks } from '../../src/apps/wps/registerWatch';
import { rememberPaneWorkbook } from '../../src/apps/wps/taskPaneWindow';

/** WPS runs the ribbon in the add-in's own page, away from the pane: the summary says it follows the rows. */
const FROM_ROWS = '本汇总按登记表当前内容生成。要按历史记录把转移或强制登记前的拜访、送样计入原业务员，请在登记面板的“汇总与打印”中生成。';

const PANE_URL = 'file:///C:/Users/rep/AppData/Roaming/kingsoft/wps/jsaddons/claim-register_0.1.0/taskpane.html';
/** No pane page runs beside these commands (wpsPaneRequests.test.ts has one): a button stops waiting for it at once. */
const NO_PANE = { timeoutMs: 30, pollMs: 10 };
/** 2026-09-01 10:00 in Shanghai: the summary is for August. */
const SEPTEMBER_FIRST = new Date('2026-09-01T02:00:00Z');

async function withRegister() {
  const { fake, host } = hostOnFake();
  await host.ensureTable(registerTableDefinition());
  await host.appendRows(REGISTER_TABLE_NAME, sampleRecords(60).map(recordToRow));
  await saveRoster(host.settings, [
    { name: '张三', department: '销售一部', isManager: true, hireDate: '2024-03-01' as CalendarDate },
    { name: '李四', department: '销售一部', isManager: false, hireDate: '2025-01-06' as CalendarDate },
  ]);
  const commands = wpsCommands({ application: () => fake.application, paneUrl: PANE_URL, clock: () => SEPTEMBER_FIRST, paneWait: NO_PANE });
  return { fake, host, commands };
}

describe('WPS ribbon commands', () => {
  test('登记面板 opens the pane once, then shows and hides the same one', async () => {
    const { fake, commands } = await withRegister();
    commands.togglePane();
    commands.togglePane();
    commands.togglePane();
    expect(fake.app.taskPanes).toHaveLength(1);
    expect(fake.app.taskPanes[0]).toMatchObject({ url: PANE_URL, Visible: true, DockPosition: 2 });
  });

  test('生成月度汇总 writes last month\'s summary from the register and shows it', async () => {
    const { fake, host, commands } = await withRegister();
    const done = await commands.monthlySummary();
    expect(done.map((m) => formatMessage(m))).toEqual(['已生成“2026年8月汇总”。', FROM_ROWS]);
    expect(await host.listSheets()).toContain('2026年8月汇总');
    expect(fake.application.ActiveSheet.Name).toBe('2026年8月汇总');
    const sheet = (await host.readSheet('2026年8月汇总'))!;
    expect(sheet.flat()).toEqual(expect.arrayContaining(['张三', '李四']));
  });

  test('打印设置 lays the register out for A4 landscape; 打印 sends the sheet in front of the user', async () => {
    const { fake, commands } = await withRegister();
    expect((await commands.printSetup()).map((m) => formatMessage(m))).toEqual([`已为“${REGISTER_SHEET_NAME}”设置好打印格式。`]);
    expect(fake.app.printed).toEqual([]);
    expect(fake.sheet(REGISTER_SHEET_NAME).pageSetup).toMatchObject({ Orientation: 2, Zoom: false, FitToPagesWide: 1, PrintTitleRows: '$1:$1' });
    expect((await commands.print()).map((m) => formatMessage(m))).toEqual([`“${REGISTER_SHEET_NAME}”已发送到打印机。`]);
    expect(fake.app.printed).toEqual([REGISTER_SHEET_NAME]);
  });

  test('without a register, or without a workbook, the commands say what to do', async () => {
    const { fake } = hostOnFake();
    const commands = wpsCommands({ application: () => fake.application, paneUrl: PANE_URL, clock: () => SEPTEMBER_FIRST, paneWait: NO_PANE });
    const noRegister = '本工作簿还没有客户登记表。请先点击“登记面板”创建或转换登记表。';
    expect((await commands.monthlySummary()).map((m) => formatMessage(m))).toEqual([noRegister]);
    expect((await commands.printSetup()).map((m) => formatMessage(m))).toEqual([noRegister]);
    fake.app.activeWorkbook = null;
    expect(() => commands.togglePane()).toThrow('请先打开或新建一个工作簿');
    await expect(commands.print()).rejects.toThrow('请先打开或新建一个工作簿');
  });

  test('a command acts on the workbook in front when the button is pressed, not the one the page loaded with', async () => {
    const { fake } = await withRegister();
    const register = fake.workbook;
    const commands = wpsCommands({ application: () => fake.application, paneUrl: PANE_URL, clock: () => SEPTEMBER_FIRST, paneWait: NO_PANE });
    fake.app.openWorkbook('别的表.xlsx');
    expect((await commands.monthlySummary()).map((m) => formatMessage(m))[0]).toContain('还没有客户登记表');
    fake.user.switchTo(register);
    expect((await commands.monthlySummary()).map((m) => formatMessage(m))).toEqual(['已生成“2026年8月汇总”。', FROM_ROWS]);
    expect(register.sheets.map((s) => s.Name)).toContain('2026年8月汇总');
  });

  test('WPS\'s Application may appear only after the entry page ran: it is looked up on each press', async () => {
    let application: WpsAddinRoot | null = null;
    const commands = wpsCommands({ application: () => application, paneUrl: PANE_URL, clock: () => SEPTEMBER_FIRST, paneWait: NO_PANE });
    expect(() => commands.togglePane()).toThrow('请先打开或新建一个工作簿');
    const { fake } = hostOnFake();
    application = fake.application;
    commands.togglePane();
    expect(fake.app.taskPanes).toHaveLength(1);
  });
});

describe('WPS: the register is watched without opening the pane', () => {
  test('the pane opens for every workbook with a 客户登记 sheet that comes in front, and re-binds to it', () => {
    const { fake } = hostOnFake();
    const plain = fake.workbook;
    const stop = watchRegisterWorkbooks(() => fake.application, PANE_URL);
    expect(fake.app.taskPanes).toHaveLength(0);

    const first = fake.app.openWorkbook('一部登记册.xlsx');
    first.addSheet().Name = REGISTER_SHEET_NAME;
    fake.user.switchTo(plain);
    fake.user.switchTo(first);
    expect(fake.app.taskPanes).toHaveLength(1);
    expect(fake.app.taskPanes[0].Visible).toBe(true);
    // The pane's page, once loaded, says which workbook it serves.
    rememberPaneWorkbook(fake.application, '一部登记册.xlsx');

    const navigations: string[] = [];
    const pane = fake.app.taskPanes[0];
    const navigate = pane.Navigate.bind(pane);
    pane.Navigate = (url) => { navigations.push(url); navigate(url); };
    fake.user.switchTo(plain);
    const second = fake.app.openWorkbook('二部登记册.xlsx');
    second.addSheet().Name = REGISTER_SHEET_NAME;
    fake.user.switchTo(plain);
    fake.user.switchTo(second);
    expect(navigations).toEqual([PANE_URL]);
    expect(fake.app.taskPanes).toHaveLength(1);
    stop();
    expect(fake.app.listenerCount('WorkbookActivate')).toBe(0);
  });
});
