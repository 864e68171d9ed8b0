import type { CellRange } from '../../../src/core/summary/sheetSpec';
import type { HostHarness, HostProbe, ProbedValidation } from '../hostContract';
import { columnName, parseAddress, type Rect } from './a1Notation';
import { hexOfBgr, type FakeEt, type FakeEtOptions } from './index';
import { hostOnFake } from './hostOnFake';
import type { WpsSpreadsheetHost } from '../../../src/hosts/wps/wpsSpreadsheetHost';

const zeroBased = (rect: Rect): CellRange => ({ top: rect.top - 1, left: rect.left - 1, bottom: rect.bottom - 1, right: rect.right - 1 });

/** Excel's codes for one section, as the port writes them: '&L…&C…&R…' from ET's three fields. */
function sections(left: string, center: string, right: string): string {
  return (left ? `&L${left}` : '') + (center ? `&C${center}` : '') + (right ? `&R${right}` : '');
}

/** The WPS adapter on a fresh fake ET, with the probes the host contract suite reads (uncounted). */
export function wpsHarness(options?: FakeEtOptions): HostHarness & { fake: FakeEt; host: WpsSpreadsheetHost } {
  const { fake, host } = hostOnFake(options);
  const cell = (row: number, column: number) => [row + 1, column + 1] as const;

  const listItems = (formula: string): string[] => {
    if (!formula.startsWith('=')) return formula.split(',');
    const [, sheetName, address] = /^='?(.+?)'?!(.+)$/.exec(formula) ?? [];
    const [rect] = parseAddress(address);
    const model = fake.sheet(sheetName);
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => String(model.read(rect.top + r, rect.left)?.value ?? ''));
  };

  const probe: HostProbe = {
    numberFormat: (sheet, row, column) => fake.sheet(sheet).format('NumberFormat', ...cell(row, column)) as string,
    isFormula: (sheet, row, column) => fake.sheet(sheet).read(...cell(row, column))?.formula !== undefined,
    fill: (sheet, row, column) => fake.fillAt(sheet, ...cell(row, column)),
    note: (sheet, row, column) => fake.sheet(sheet).commentAt(...cell(row, column)) ?? null,
    frozenRows: (sheet) => (fake.sheet(sheet).frozen ? fake.sheet(sheet).split.row : 0),
    validation(sheet, row, column): ProbedValidation | null {
      const [r, c] = cell(row, column);
      const rule = fake.sheet(sheet).validations.find((v) => v.areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right));
      if (!rule) return null;
      const kind = ({ 3: 'list', 4: 'date', 6: 'textLength' } as const)[rule.type as 3 | 4 | 6] ?? 'other';
      return {
        kind,
        items: kind === 'list' ? listItems(rule.formula1 ?? '') : null,
        max: kind === 'textLength' ? Number(rule.formula1) : null,
        stop: rule.alertStyle === 1 && rule.showError,
        title: rule.errorTitle,
        message: rule.errorMessage,
      };
    },
    conditionalFormats: (sheet) => fake.sheet(sheet).conditions.map((c) => ({
      range: zeroBased(c.appliesTo[0]),
      fill: c.interiorColor === null ? null : hexOfBgr(c.interiorColor),
      addedByAddIn: c.formula1.includes('"ClaimRegister:'),
    })),
    pageLayout(sheet) {
      const model = fake.sheet(sheet);
      const setup = model.pageSetup;
      const fitted = setup.Zoom === false;
      const titles = setup.PrintTitleRows ? parseAddress(setup.PrintTitleRows)[0] : null;
      return {
        paperSize: setup.PaperSize === 9 ? 'A4' : String(setup.PaperSize),
        orientation: setup.Orientation === 2 ? 'landscape' : 'portrait',
        fitToPagesWide: fitted && typeof setup.FitToPagesWide === 'number' ? setup.FitToPagesWide : null,
        fitToPagesTall: fitted ? (setup.FitToPagesTall === false ? 0 : Number(setup.FitToPagesTall)) : null,
        scalePercent: fitted ? null : Number(setup.Zoom),
        printArea: setup.PrintArea ? zeroBased(parseAddress(setup.PrintArea)[0]) : null,
        printTitleRows: titles ? { first: titles.top - 1, last: titles.bottom - 1 } : null,
        header: sections(setup.LeftHeader, setup.CenterHeader, setup.RightHeader),
        footer: sections(setup.LeftFooter, setup.CenterFooter, setup.RightFooter),
        rowBreaks: setup.honoursManualBreaks ? [...model.pageBreaks].sort((a, b) => a - b).map((row) => row - 1) : [],
      };
    },
    merges: (sheet) => fake.sheet(sheet).merges.map(zeroBased),
    activeSheet: () => fake.app.activeWorkbook?.activeSheet.Name ?? '',
  };

  return {
    fake,
    host,
    probe,
    roundTrips: () => fake.calls.count,
    async userEdit(sheet, row, column, values) {
      fake.user.type(sheet, `${columnName(column + 1)}${row + 1}`, values);
      await host.settled();
    },
    async userDeleteRows(sheet, row, count) {
      fake.user.deleteRows(sheet, row + 1, count);
      await host.settled();
    },
    userFill(sheet, row, column, color) {
      const [r, c] = cell(row, column);
      const rgb = Number.parseInt(color.slice(1), 16);
      fake.sheet(sheet).setFormat([{ top: r, bottom: r, left: c, right: c }], 'InteriorColor', ((rgb & 0xff) << 16) | (rgb & 0xff00) | (rgb >> 16));
    },
    userNote(sheet, row, column, text) {
      fake.sheet(sheet).setComment(...cell(row, column), text);
    },
  };
}
