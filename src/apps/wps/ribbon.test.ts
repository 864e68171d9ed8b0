import { message, type Message } from '../../i18n/message';
import { createRibbon, RIBBON_BUTTONS, type RibbonCommands } from './ribbon';

function recordingCommands(outcome: Promise<Message[]> = Promise.resolve([message('host.sheet.written', { sheet: '2026年10月汇总' }), message('host.print.sent', { sheet: '客户登记' })])) {
  const calls: string[] = [];
  const commands: RibbonCommands = {
    togglePane: () => { calls.push('togglePane'); },
    monthlySummary: () => { calls.push('monthlySummary'); return outcome; },
    printSetup: () => { calls.push('printSetup'); return outcome; },
    print: () => { calls.push('print'); return outcome; },
  };
  return { calls, commands };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WPS ribbon callbacks', () => {
  test.each([
    ['btnRegisterPane', 'togglePane', '登记面板'],
    ['btnMonthlySummary', 'monthlySummary', '生成月度汇总'],
    ['btnPrintSetup', 'printSetup', '打印设置'],
    ['btnPrint', 'print', '打印'],
  ])('%s runs %s and is labelled %s', (id, command, label) => {
    const { calls, commands } = recordingCommands();
    const ribbon = createRibbon(commands, () => undefined);
    expect(ribbon.GetLabel({ Id: id })).toBe(label);
    expect(ribbon.GetScreentip({ Id: id }).length).toBeGreaterThan(10);
    expect(ribbon.GetImage({ Id: id })).toMatch(/^images\/\w+\.svg$/);
    expect(ribbon.OnAction({ Id: id })).toBeUndefined();
    expect(calls).toEqual([command]);
  });

  test('a long command returns at once and reports its result when it is done', async () => {
    const { commands } = recordingCommands();
    const shown: string[] = [];
    const ribbon = createRibbon(commands, (text) => shown.push(text));
    ribbon.OnAction({ Id: 'btnPrint' });
    expect(shown).toEqual([]);
    await flush();
    expect(shown).toEqual(['已生成“2026年10月汇总”。\n“客户登记”已发送到打印机。']);
  });

  test('a failing command is reported in Chinese, not thrown at WPS', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const shown: string[] = [];
    const { commands } = recordingCommands(Promise.reject(new Error('没有找到客户登记表')));
    const ribbon = createRibbon({ ...commands, togglePane: () => { throw new Error('任务窗格打不开'); } }, (text) => shown.push(text));
    ribbon.OnAction({ Id: 'btnMonthlySummary' });
    ribbon.OnAction({ Id: 'btnRegisterPane' });
    await flush();
    expect(shown).toEqual(['操作未完成：任务窗格打不开', '操作未完成：没有找到客户登记表']);
    error.mockRestore();
  });

  test('unknown controls are ignored', () => {
    const { calls, commands } = recordingCommands();
    const ribbon = createRibbon(commands, () => undefined);
    ribbon.OnAction({ Id: 'btnSomethingElse' });
    expect([calls, ribbon.GetLabel({ Id: 'x' }), ribbon.GetImage({ Id: 'x' })]).toEqual([[], '', '']);
    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(Object.keys(RIBBON_BUTTONS)).toHaveLength(4);
  });
});
