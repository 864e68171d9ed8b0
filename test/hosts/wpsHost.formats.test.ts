import type { ConditionalFormatRule, ValidationRule } from '../../src/hosts/spreadsheetHost';
import { ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX } from '../../src/hosts/spreadsheetHost';
import { LISTS_SHEET } from '../../src/hosts/wps/validationRules';
import { hexOfBgr, shiftReferences } from './wpsFake';
import { hostOnFake } from './wpsFake/hostOnFake';

const alert = { errorTitle: '状态无效', errorMessage: '请从列表中选择' };

describe('WPS host: data validation', () => {
  test('list, date and length rules go on whole columns from the first data row, as stop alerts', async () => {
    const { fake, host } = hostOnFake();
    const rules: ValidationRule[] = [
      { kind: 'list', column: 11, firstRow: 1, items: ['电话', '拜访', '送样', '合作', '已释放'], ...alert },
      { kind: 'date', column: 6, firstRow: 1, ...alert },
      { kind: 'textLength', column: 1, firstRow: 1, max: 200, ...alert },
    ];
    await host.setValidation('Sheet1', rules);
    await host.setValidation('Sheet1', rules);
    const byType = new Map(fake.sheet('Sheet1').validations.map((v) => [v.type, v]));
    expect(fake.sheet('Sheet1').validations).toHaveLength(3);
    expect(byType.get(3)).toMatchObject({
      areas: [{ top: 2, bottom: 1_048_576, left: 12, right: 12 }], alertStyle: 1, formula1: '电话,拜访,送样,合作,已释放',
      errorTitle: '状态无效', errorMessage: '请从列表中选择', showError: true,
    });
    expect(byType.get(4)).toMatchObject({ formula1: '1', formula2: '2958465' });
    expect(byType.get(6)).toMatchObject({ operator: 8, formula1: '200' });
  });

  test('a roster too long for an inline list is kept on the very hidden lists sheet', async () => {
    const { fake, host } = hostOnFake();
    const reps = Array.from({ length: 120 }, (_, i) => `业务员${i}`);
    await host.setValidation('Sheet1', [{ kind: 'list', column: 2, firstRow: 1, items: reps, ...alert }]);
    const [rule] = fake.sheet('Sheet1').validations;
    expect(rule.formula1).toBe(`='${LISTS_SHEET}'!$C$1:$C$120`);
    expect(fake.sheet(LISTS_SHEET).visible).toBe(2);
    expect(fake.sheet(LISTS_SHEET).read(120, 3)).toEqual({ value: '业务员119' });
    expect(await host.listSheets()).toEqual(['Sheet1']);

    await host.setValidation('Sheet1', [{ kind: 'list', column: 2, firstRow: 1, items: reps.slice(0, 100), ...alert }]);
    expect(fake.sheet('Sheet1').validations[0].formula1).toBe(`='${LISTS_SHEET}'!$C$1:$C$100`);
    expect(fake.sheet(LISTS_SHEET).read(101, 3)).toBeUndefined();
  });

  test('an empty list leaves the column without a rule rather than refusing everything', async () => {
    const { fake, host } = hostOnFake();
    await host.setValidation('Sheet1', [{ kind: 'list', column: 2, firstRow: 1, items: ['张敏'], ...alert }]);
    await host.setValidation('Sheet1', [{ kind: 'list', column: 2, firstRow: 1, items: [], ...alert }]);
    expect(fake.sheet('Sheet1').validations).toEqual([]);
  });
});

describe('WPS host: conditional formats', () => {
  const released: ConditionalFormatRule = {
    id: 'released', range: { top: 1, left: 0, bottom: 999, right: 19 }, formula: '=$L2="已释放"',
    test: (row) => row[11] === '已释放', style: { fontColor: '#7F7F7F' },
  };
  const overdue: ConditionalFormatRule = {
    id: 'follow-up', range: { top: 1, left: 12, bottom: 999, right: 12 }, formula: '=AND($M2<>"",$M2<=TODAY())',
    test: () => false, style: { fill: '#FFEB9C', bold: true },
  };

  test('rules mean the same for the top-left cell whatever cell the user had selected', async () => {
    const { fake, host } = hostOnFake();
    fake.user.select('Sheet1', 'H30');
    await host.setConditionalFormats('Sheet1', [released, overdue]);
    const conditions = fake.sheet('Sheet1').conditions;
    const atTopLeft = conditions.map((c) => shiftReferences(c.formula1, c.appliesTo[0].top - c.anchor.row, c.appliesTo[0].left - c.anchor.column));
    expect(atTopLeft).toEqual([
      '=AND(N("ClaimRegister:released")=0,$L2="已释放")',
      '=AND(N("ClaimRegister:follow-up")=0,AND($M2<>"",$M2<=TODAY()))',
    ]);
    expect(conditions.map((c) => [c.fontColor && hexOfBgr(c.fontColor), c.interiorColor && hexOfBgr(c.interiorColor), c.bold]))
      .toEqual([['#7F7F7F', null, null], [null, '#FFEB9C', true]]);
    expect(fake.sheet('Sheet1').activeCell).toEqual({ row: 30, column: 8 });
  });

  test('replacing the add-in\'s rules leaves the user\'s own and the user\'s sheet alone', async () => {
    const { fake, host } = hostOnFake();
    fake.application.ActiveSheet.Range('B2:B50').FormatConditions.Add(2, undefined, '=B2>100');
    fake.application.ActiveWorkbook!.Sheets.Add().Name = '汇总';
    await host.setConditionalFormats('Sheet1', [released, overdue]);
    await host.setConditionalFormats('Sheet1', [released]);
    expect(fake.sheet('Sheet1').conditions.map((c) => c.formula1.includes('"ClaimRegister:') ? 'ours' : c.formula1))
      .toEqual(['=B2>100', 'ours']);
    expect(fake.application.ActiveSheet.Name).toBe('汇总');
    await host.setConditionalFormats('Sheet1', []);
    expect(fake.sheet('Sheet1').conditions).toHaveLength(1);
  });
});

describe('WPS host: row marks', () => {
  const columns = { left: 0, right: 19 };

  test('fills rows across the columns in BGR and notes the name cell, prefixed', async () => {
    const { fake, host } = hostOnFake();
    await host.markRows('Sheet1', [
      { row: 4, fill: ROW_MARK_FILLS.blocked, note: '与第 3 行同一客户', noteColumn: 1 },
      { row: 5, fill: ROW_MARK_FILLS.blocked, note: null, noteColumn: 1 },
      { row: 9, fill: ROW_MARK_FILLS.warning, note: `${ROW_MARK_NOTE_PREFIX}疑似重复`, noteColumn: 1 },
    ], columns);
    expect(fake.fillAt('Sheet1', 5, 1)).toBe('#FFC7CE');
    expect(fake.fillAt('Sheet1', 6, 20)).toBe('#FFC7CE');
    expect(fake.fillAt('Sheet1', 10, 20)).toBe('#FFEB9C');
    expect(fake.fillAt('Sheet1', 5, 21)).toBeNull();
    expect(fake.fillAt('Sheet1', 7, 1)).toBeNull();
    expect(fake.sheet('Sheet1').commentAt(5, 2)).toBe(`${ROW_MARK_NOTE_PREFIX}与第 3 行同一客户`);
    expect(fake.sheet('Sheet1').commentAt(10, 2)).toBe(`${ROW_MARK_NOTE_PREFIX}疑似重复`);
  });

  test('a row the user coloured (its first cell says so) and a user\'s note are left alone', async () => {
    const { fake, host } = hostOnFake();
    const sheet = fake.application.ActiveSheet;
    await host.markRows('Sheet1', [{ row: 4, fill: ROW_MARK_FILLS.blocked, note: '重复', noteColumn: 1 }], columns);
    sheet.Range('A6:C6').Interior.Color = 0x00ff00;
    sheet.Range('B7').AddComment('老客户，勿动');
    await host.markRows('Sheet1', [
      { row: 4, fill: null, note: null, noteColumn: 1 },
      { row: 5, fill: ROW_MARK_FILLS.blocked, note: null, noteColumn: 1 },
      { row: 6, fill: ROW_MARK_FILLS.warning, note: '疑似重复', noteColumn: 1 },
    ], columns);
    expect(fake.fillAt('Sheet1', 5, 1)).toBeNull();
    expect(fake.sheet('Sheet1').commentAt(5, 2)).toBeUndefined();
    expect([1, 3, 4].map((c) => fake.fillAt('Sheet1', 6, c))).toEqual(['#00FF00', '#00FF00', null]);
    expect(fake.fillAt('Sheet1', 7, 20)).toBe('#FFEB9C');
    expect(fake.sheet('Sheet1').commentAt(7, 2)).toBe('老客户，勿动');
  });

  test('rows whose first cells differ are asked one by one; a uniform block once', async () => {
    const { fake, host } = hostOnFake();
    const marks = (fill: typeof ROW_MARK_FILLS.blocked | null) => [10, 11, 12].map((row) => ({ row, fill, note: null, noteColumn: 1 }));
    await host.markRows('Sheet1', marks(ROW_MARK_FILLS.blocked), columns);
    fake.application.ActiveSheet.Range('A12').Interior.Color = 0x00ff00;
    await host.markRows('Sheet1', marks(null), columns);
    expect([11, 12, 13].map((row) => fake.fillAt('Sheet1', row, 2))).toEqual([null, '#FFC7CE', null]);
  });

  test('a run of marked rows is painted in one block; only the note lookup (2 calls a row) grows', async () => {
    const cost = async (n: number) => {
      const { fake, host } = hostOnFake();
      const marks = Array.from({ length: n }, (_, i) => ({ row: 10 + i, fill: ROW_MARK_FILLS.warning, note: null, noteColumn: 1 }));
      await host.markRows('Sheet1', marks, columns);
      return fake.calls.during(() => host.markRows('Sheet1', marks.map((m) => ({ ...m, fill: null })), columns));
    };
    expect(await cost(500) - await cost(5)).toBe(2 * 495);
  });
});
