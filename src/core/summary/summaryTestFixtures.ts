import { parseIsoDate, type CalendarDate } from '../dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../register/customerRecord';
import type { SheetSpec } from './sheetSpec';

/** Test fixtures shared by the summary and daily list tests. */
export type RecordFields = Partial<Omit<CustomerRecord, 'firstContactDate' | 'visitDate' | 'sampleDate' | 'dealDate'>> & {
  firstContactDate?: string; visitDate?: string; sampleDate?: string; dealDate?: string;
};

export const isoDate = (text: string) => parseIsoDate(text) as CalendarDate;

export function testRecord(fields: RecordFields): CustomerRecord {
  const { firstContactDate, visitDate, sampleDate, dealDate, ...rest } = fields;
  const date = (text?: string) => (text ? isoDate(text) : null);
  return {
    ...emptyCustomerRecord(), rep: '张敏', department: '华南业务一部', ...rest,
    firstContactDate: date(firstContactDate), visitDate: date(visitDate), sampleDate: date(sampleDate), dealDate: date(dealDate),
  };
}

/** The first cell's text of every row: the banners (title, sections, zones) and list row numbers. */
export function firstColumn(spec: SheetSpec): string[] {
  return spec.rows.map((row) => (row[0].value === null ? '' : String(row[0].value)));
}

/** Everything a row shows, dates as 'YYYY-MM-DD', blanks as ''. */
export function rowTexts(spec: SheetSpec, row: number): string[] {
  return spec.rows[row].map(({ value }) =>
    value === null ? '' : typeof value === 'object' ? value.date : String(value));
}

/** Structural rules every SheetSpec must keep for a host to write it in one block. */
export function assertWellFormed(spec: SheetSpec): void {
  const width = spec.columnWidths.length;
  for (const row of spec.rows) {
    if (row.length !== width) throw new Error(`row of ${row.length} cells in a sheet of ${width} columns`);
    for (const cell of row) {
      if (cell.style !== undefined && !(cell.style in spec.styles)) throw new Error(`unknown style ${cell.style}`);
    }
  }
  for (const m of [...spec.merges, ...(spec.pageLayout.printArea ? [spec.pageLayout.printArea] : [])]) {
    if (m.top < 0 || m.left < 0 || m.bottom >= spec.rows.length || m.right >= width || m.top > m.bottom || m.left > m.right) {
      throw new Error(`range out of the sheet: ${JSON.stringify(m)}`);
    }
  }
  for (const row of spec.rowBreaks) if (row <= 0 || row >= spec.rows.length) throw new Error(`break at row ${row}`);
}
