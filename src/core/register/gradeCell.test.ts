import { parseGradeCell } from './gradeCell';

describe('parseGradeCell', () => {
  test.each([
    ['A', 'A'], ['b', 'B'], ['Ｃ', 'C'], ['A类', 'A'], ['B级', 'B'], ['C类客户', 'C'], [' a ', 'A'],
  ])('%p is grade %s', (input, grade) => {
    expect(parseGradeCell(input)).toEqual({ grade, error: null });
  });

  test.each([null, ''])('blank %p is no grade', (input) => {
    expect(parseGradeCell(input)).toEqual({ grade: null, error: null });
  });

  test.each(['D', 'AA', '优', 1, 'A+'])('%p is refused', (input) => {
    expect(parseGradeCell(input)).toEqual({ grade: null, error: { key: 'register.gradeUnknown', params: { value: String(input) } } });
  });
});
