import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { excelSerialOf } from '../../src/core/register/dateCell';
import { buildMonthlySummary, oneWideScalePercent, registerPrintLayout } from '../../src/core/summary';
import { parseYearMonth } from '../../src/core/dates/calendarDate';
import type { SheetSpec } from '../../src/core/summary/sheetSpec';
import { SAMPLE_ROSTER, sampleRecords } from '../render/sampleMonth';
import { hexOfBgr } from './wpsFake';
import { hostOnFake } from './wpsFake/hostOnFake';

const OCTOBER = parseYearMonth('2026-10')!;
const today = '2026-11-01' as CalendarDate;

function summary(): SheetSpec {
  return buildMonthlySummary(sampleRecords(), OCTOBER, { today, roster: SAMPLE_ROSTER });
}

/** A list sheet with a title, a header row and `rows` identical data rows, for call-count comparisons. */
function listOf(rows: number): SheetSpec {
  const base = summary();
  return {
    ...base,
    name: '清单',
    rows: [
      [{ value: '清单', style: 'title' }, { value: null }],
      [{ value: '客户名称', style: 'columnHeader' }, { value: '日期', style: 'columnHeader' }],
      ...Array.from({ length: rows }, (_, i) => [{ value: `0${i}号客户`, style: 'text' }, { value: { date: today }, style: 'date' }]),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    columnWidths: [30, 12],
    rowHeights: [{ row: 0, points: 30 }],
    frozenRows: 2,
    rowBreaks: [],
    pageLayout: { ...base.pageLayout, printTitleRows: { first: 1, last: 1 }, printArea: null },
  };
}

describe('WPS host: summary sheets and printing', () => {
  test('writeSheetSpec writes values, dates as serials, styles in BGR, merges, widths and the frozen header', async () => {
    const { fake, host } = hostOnFake();
    await host.writeSheetSpec(listOf(3));
    const sheet = fake.sheet('清单');
    expect(sheet.read(3, 1)).toEqual({ value: '00号客户' });
    expect(sheet.format('NumberFormat', 3, 1)).toBe('@');
    expect(sheet.read(3, 2)).toEqual({ value: excelSerialOf(today) });
    expect(sheet.format('NumberFormat', 3, 2)).toBe('yyyy-mm-dd');
    expect(hexOfBgr(sheet.format('InteriorColor', 2, 1) as number)).toBe('#D9D9D9');
    expect(sheet.format('Bold', 1, 1)).toBe(true);
    expect(sheet.format('BorderWeight', 5, 2)).toBe(2);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect([sheet.columnWidths.get(1), sheet.columnWidths.get(2), sheet.rowHeights.get(1)]).toEqual([30, 12, 30]);
    expect([sheet.frozen, sheet.split.row]).toEqual([true, 2]);
    expect(sheet.pageSetup.PrintTitleRows).toBe('$2:$2');
  });

  test('a month written again replaces its sheet in place', async () => {
    const { fake, host } = hostOnFake();
    const spec = summary();
    fake.application.ActiveWorkbook!.Sheets.Add().Name = '备注';
    await host.writeSheetSpec(spec);
    fake.user.type(spec.name, 'Z100', [['旧内容']]);
    await host.activateSheet('备注');
    await host.writeSheetSpec(spec);
    expect(await host.listSheets()).toEqual(['Sheet1', '备注', spec.name]);
    expect(fake.sheet(spec.name).read(100, 26)).toBeUndefined();
    expect(fake.sheet(spec.name).pageBreaks.length).toBe(spec.rowBreaks.length);
  });

  test('the monthly summary lands cell for cell, one page break above each rep', async () => {
    const { host } = hostOnFake();
    const spec = summary();
    await host.writeSheetSpec(spec);
    // An empty cell reads back as '', whether the spec said null or ''.
    const expected = spec.rows.map((row) => row.map(({ value }) =>
      (value !== null && typeof value === 'object' ? excelSerialOf(value.date) : value ?? '')));
    const width = spec.columnWidths.length;
    expect(await host.readRange(spec.name, { top: 0, left: 0, bottom: spec.rows.length - 1, right: width - 1 })).toEqual(expected);
  });

  test('writing a list costs the same number of calls for 10 rows as for 1,000', async () => {
    const cost = async (n: number) => {
      const { fake, host } = hostOnFake();
      return fake.calls.during(() => host.writeSheetSpec(listOf(n)));
    };
    expect(await cost(1_000)).toBe(await cost(10));
  });

  test('setPageLayout: A4 landscape, Zoom off so one page wide counts, titles, margins in points, header codes, no breaks', async () => {
    const { fake, host } = hostOnFake();
    fake.sheet('Sheet1').pageBreaks = [41, 81];
    await host.setPageLayout('Sheet1', registerPrintLayout(0));
    const setup = fake.sheet('Sheet1').pageSetup;
    expect({ paper: setup.PaperSize, orientation: setup.Orientation, zoom: setup.Zoom, wide: setup.fitsToPagesWide, tall: setup.FitToPagesTall })
      .toEqual({ paper: 9, orientation: 2, zoom: false, wide: 1, tall: false });
    expect(setup.PrintTitleRows).toBe('$1:$1');
    expect(setup.PrintArea).toBe('');
    expect(setup.LeftMargin).toBeCloseTo(0.4 * 72);
    expect(setup.CenterHeader).toBe('&A');
    expect(setup.CenterFooter).toContain('&P');
    expect(setup.CenterFooter).toContain('&N');
    expect(fake.sheet('Sheet1').pageBreaks).toEqual([]);
  });

  test('a sheet with a break per rep prints at a Zoom percentage, since FitToPages (Zoom false) would ignore the breaks', async () => {
    const { fake, host } = hostOnFake();
    const spec = summary();
    await host.writeSheetSpec(spec);
    const setup = fake.sheet(spec.name).pageSetup;
    expect(setup.Zoom).toBe(oneWideScalePercent(spec.columnWidths, spec.pageLayout));
    expect(setup.honoursManualBreaks).toBe(true);
    expect(fake.sheet(spec.name).pageBreaks).toEqual(spec.rowBreaks.map((row) => row + 1));
  });

  test('WPS prints directly', async () => {
    const { fake, host } = hostOnFake();
    await host.print('Sheet1');
    expect(fake.app.printed).toEqual(['Sheet1']);
  });
});
