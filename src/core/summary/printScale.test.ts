import { registerPrintLayout } from './registerPrintLayout';
import { columnWidthPoints, oneWideScalePercent, printScale } from './printScale';

const layout = registerPrintLayout(0);
/** A4 landscape (297 mm) less the handout's 0.4 in side margins. */
const PRINTABLE_POINTS = (297 / 25.4) * 72 - 0.8 * 72;
/** The share of it the columns may fill: 4 % stays spare for fonts wider than Calibri's rule. */
const FILLED_POINTS = PRINTABLE_POINTS * 0.96;

describe('printScale', () => {
  test('without manual breaks the host fits the columns itself', () => {
    expect(printScale(layout, [], [200, 200])).toEqual({ kind: 'fitToPages', wide: 1, tall: 0 });
  });

  test('with a break per rep: the largest whole percentage at which all columns fit one page wide, 4 % to spare', () => {
    const widths = [30, 40, 50, 60];
    const scale = printScale(layout, [20, 40], widths);
    if (scale.kind !== 'percent') throw new Error('expected a percentage');
    const total = widths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
    expect(total * (scale.percent / 100)).toBeLessThanOrEqual(FILLED_POINTS);
    expect(total * ((scale.percent + 1) / 100)).toBeGreaterThan(FILLED_POINTS);
  });

  test('never enlarges narrow sheets and never goes below the hosts\' 10 %', () => {
    expect(oneWideScalePercent([10, 10], layout)).toBe(100);
    expect(oneWideScalePercent([], layout)).toBe(100);
    expect(oneWideScalePercent(Array(200).fill(50), layout)).toBe(10);
  });

  test('only the print area\'s columns count', () => {
    const wide = [255, 10, 10];
    expect(printScale({ ...layout, printArea: { top: 0, left: 1, bottom: 9, right: 2 } }, [5], wide)).toEqual({ kind: 'percent', percent: 100 });
    expect(printScale(layout, [5], wide)).toEqual({ kind: 'percent', percent: oneWideScalePercent(wide, layout) });
  });

  test('a break above the first row is no break', () => {
    expect(printScale(layout, [0], [300]).kind).toBe('fitToPages');
  });
});
