import { detectHeader } from '../../core/register/headerDetection';
import { chooseField, choicesToColumns, hasNameColumn, initialChoices, type ColumnChoices } from './columnChoices';

const HEADER = ['编号', '公司名称', '销售', '样品', '内部代码'];
const detected = initialChoices(detectHeader([HEADER, ['1', '格林电子', '王芳', 'BL-466', 'X1']]), HEADER.length);

describe('column choices on the adoption screen', () => {
  test('start from what the header detection understood; unknown headers are 不导入', () => {
    expect(detected).toEqual(['seq', 'name', 'rep', 'sampleModel', null]);
    expect(choicesToColumns(detected)).toEqual({ seq: 0, name: 1, rep: 2, sampleModel: 3 });
  });

  test.each<[string, number, Parameters<typeof chooseField>[2], ColumnChoices]>([
    ['a remap keeps the other columns', 3, 'productLine', ['seq', 'name', 'rep', 'productLine', null]],
    ['不导入 drops the column', 2, null, ['seq', 'name', null, 'sampleModel', null]],
    ['a field taken elsewhere moves, the old column becomes 不导入', 4, 'sampleModel', ['seq', 'name', 'rep', null, 'sampleModel']],
    ['choosing the same field again changes nothing', 1, 'name', detected],
  ])('%s', (_label, column, field, expected) => {
    expect(chooseField(detected, column, field)).toEqual(expected);
  });

  test('the mapping never gives one field two columns', () => {
    let choices = detected;
    for (const [column, field] of [[4, 'name'], [0, 'name'], [3, 'rep'], [2, 'rep']] as const) choices = chooseField(choices, column, field);
    const fields = choices.filter((f) => f !== null);
    expect(new Set(fields).size).toBe(fields.length);
    expect(choicesToColumns(choices)).toEqual({ name: 0, rep: 2 });
  });

  test('adoption needs a customer-name column', () => {
    expect(hasNameColumn(detected)).toBe(true);
    expect(hasNameColumn(chooseField(detected, 1, null))).toBe(false);
  });
});
