import type { ExcelApi, OfficeEnvironment } from '../../../src/hosts/excel/excelEnvironment';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import type { HostHarness, HostProbe, ProbedValidation } from '../hostContract';
import { parseAddress, splitSheet } from './a1';
import { FakeExcel } from './fakeExcel';
import type { SheetModel } from './workbookModel';

export interface ExcelHarness extends HostHarness {
  excel: FakeExcel;
  host: ExcelHost;
}

/** An ExcelHost wired to a fresh FakeExcel, with the probes the contract suite reads. */
export function excelHarness(options: { apiVersion?: string; lateEvents?: boolean } = {}): ExcelHarness {
  const excel = new FakeExcel(options);
  const office: OfficeEnvironment = {
    settings: excel.settings as unknown as OfficeEnvironment['settings'],
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
  };
  const host = new ExcelHost(excel as unknown as ExcelApi, office);
  const sheet = (name: string): SheetModel => excel.sheet(name);

  const listItems = (source: string): string[] => {
    if (!source.startsWith('=')) return source.split(',');
    const { sheet: listSheet, local } = splitSheet(source.slice(1));
    const rect = parseAddress(local);
    const model = excel.sheet(listSheet ?? '');
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => String(model.value(rect.top + r, rect.left)));
  };

  const probe: HostProbe = {
    numberFormat: (name, row, column) => sheet(name).format(row, column, 'numberFormat'),
    isFormula: (name, row, column) => sheet(name).cell(row, column)?.formula !== undefined,
    fill: (name, row, column) => sheet(name).format(row, column, 'fill'),
    note: (name, row, column) => sheet(name).notes.get(`${row},${column}`) ?? null,
    frozenRows: (name) => sheet(name).frozenRows,
    validation(name, row, column): ProbedValidation | null {
      const found = sheet(name).validations.find((v) => v.rect.top <= row && row <= v.rect.bottom && v.rect.left <= column && column <= v.rect.right);
      if (!found) return null;
      const [kind] = Object.keys(found.rule);
      const detail = found.rule[kind] as { source?: string; formula1?: number };
      return {
        kind: kind === 'list' || kind === 'date' || kind === 'textLength' ? kind : 'other',
        items: kind === 'list' ? listItems(String(detail.source)) : null,
        max: kind === 'textLength' ? Number(detail.formula1) : null,
        stop: found.errorAlert?.showAlert === true && found.errorAlert.style === 'Stop',
        title: found.errorAlert?.title ?? '',
        message: found.errorAlert?.message ?? '',
      };
    },
    conditionalFormats: (name) => sheet(name).conditionalFormats.map((cf) => ({
      range: { ...cf.rect }, fill: cf.fill, addedByAddIn: cf.formula.includes('"ClaimRegister:'),
    })),
    pageLayout(name) {
      const { pageLayout: page, rowBreaks } = sheet(name);
      const codes = (left: string, center: string, right: string) =>
        (left ? `&L${left}` : '') + (center ? `&C${center}` : '') + (right ? `&R${right}` : '');
      const titles = page.printTitleRows ? parseAddress(page.printTitleRows) : null;
      const hf = page.headerFooter;
      const fitted = page.zoom.horizontalFitToPages !== undefined || page.zoom.verticalFitToPages !== undefined;
      return {
        paperSize: page.paperSize,
        orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait',
        fitToPagesWide: page.zoom.horizontalFitToPages ?? null,
        fitToPagesTall: page.zoom.verticalFitToPages ?? null,
        scalePercent: fitted ? null : page.zoom.scale ?? 100,
        printArea: page.printArea ? parseAddress(page.printArea) : null,
        printTitleRows: titles ? { first: titles.top, last: titles.bottom } : null,
        header: codes(hf.leftHeader, hf.centerHeader, hf.rightHeader),
        footer: codes(hf.leftFooter, hf.centerFooter, hf.rightFooter),
        // Excel's help: "Excel ignores manual page breaks when you use the Fit To option".
        rowBreaks: fitted ? [] : [...rowBreaks],
      };
    },
    merges: (name) => sheet(name).merges.map((m) => ({ ...m })),
    activeSheet: () => excel.model.activeSheet?.name ?? '',
  };

  return {
    excel,
    host,
    probe,
    roundTrips: () => excel.syncCount,
    userEdit: (name, row, column, values) => excel.userEdit(name, row, column, values),
    userDeleteRows: (name, row, count) => excel.userDeleteRows(name, row, count),
    userFill: (name, row, column, color) => sheet(name).setFormat({ top: row, bottom: row, left: column, right: column }, 'fill', color.toUpperCase()),
    userNote: (name, row, column, text) => { sheet(name).notes.set(`${row},${column}`, text); },
  };
}
