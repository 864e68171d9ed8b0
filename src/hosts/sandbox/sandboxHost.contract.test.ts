import { excelHeaderFooter, printScale } from '../../core/summary';
import type { CellValue } from '../../core/register/cellValue';
import type { SpreadsheetHost } from '../spreadsheetHost';
import { runHostContract, type HostHarness, type HostProbe } from '../../../test/hosts/hostContract';
import { formatAt, noteKey, ownFill } from './sandboxSheet';
import { SandboxWorkbook } from './sandboxWorkbook';

/** The grey the grid paints on computed columns (保护到期, 查重键). */
const COMPUTED_FILL = '#F3F2F1';

/**
 * The sandbox has no application to talk to: one port call is one round trip, which is what the contract's
 * "does not grow with rows" checks count.
 */
function counted(host: SandboxWorkbook): { host: SpreadsheetHost; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(host, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { host: proxy, calls: () => calls };
}

function sandboxHarness(): HostHarness {
  const workbook = new SandboxWorkbook();
  const { host, calls } = counted(workbook);
  const sheet = (name: string) => {
    const found = workbook.sheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const probe: HostProbe = {
    numberFormat: (name, row, column) => formatAt(sheet(name), row, column) ?? 'General',
    isFormula: () => false,
    fill: (name, row, column) => {
      const s = sheet(name);
      const mark = s.marks[row];
      const marked = mark?.fill && column >= mark.columns.left && column <= mark.columns.right ? mark.fill : null;
      const greyed = s.computedColumns.includes(column) && row > 0 ? COMPUTED_FILL : null;
      return ownFill(s, row, column)?.toUpperCase() ?? marked ?? greyed;
    },
    note: (name, row, column) => {
      const s = sheet(name);
      const mark = s.marks[row];
      return s.notes[noteKey(row, column)] ?? (mark?.noteColumn === column ? mark.note : null) ?? null;
    },
    frozenRows: (name) => sheet(name).frozenRows,
    validation: (name, row, column) => {
      const rule = sheet(name).validation.find((r) => r.column === column && row >= r.firstRow);
      if (!rule) return null;
      return {
        kind: rule.kind, items: rule.kind === 'list' ? rule.items : null, max: rule.kind === 'textLength' ? rule.max : null,
        stop: true, title: rule.errorTitle, message: rule.errorMessage,
      };
    },
    conditionalFormats: (name) => workbook.conditionalFormatsOn(name)
      .map((rule) => ({ range: rule.range, fill: rule.style.fill ?? null, addedByAddIn: true })),
    pageLayout: (name) => {
      const stored = sheet(name).pageLayout;
      if (!stored) throw new Error(`no page layout on ${name}`);
      const { layout, rowBreaks, columnWidths } = stored;
      const scale = printScale(layout, rowBreaks, columnWidths);
      const fitted = scale.kind === 'fitToPages';
      return {
        paperSize: layout.paperSize, orientation: layout.orientation, fitToPagesWide: fitted ? scale.wide : null,
        fitToPagesTall: fitted ? scale.tall : null, scalePercent: fitted ? null : scale.percent,
        printArea: layout.printArea, printTitleRows: layout.printTitleRows,
        header: excelHeaderFooter(layout.header), footer: excelHeaderFooter(layout.footer), rowBreaks,
      };
    },
    merges: (name) => sheet(name).merges,
    activeSheet: () => workbook.activeSheet ?? '',
  };
  return {
    host,
    roundTrips: calls,
    async userEdit(name: string, row: number, column: number, values: CellValue[][]) {
      const refused = workbook.enterText(name, row, column, values.map((line) => line.map((v) => (v === null ? '' : String(v)))));
      if (refused) throw new Error(`the sheet refused the edit: ${refused.message}`);
      await workbook.settled();
    },
    async userDeleteRows(name: string, row: number, count: number) {
      workbook.deleteRows(name, row, count);
      await workbook.settled();
    },
    userFill: (name, row, column, color) => workbook.fillCell(name, row, column, color as `#${string}`),
    userNote: (name, row, column, text) => workbook.noteCell(name, row, column, text),
    probe,
  };
}

runHostContract('browser sandbox (SandboxWorkbook)', sandboxHarness);
