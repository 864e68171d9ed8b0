import type { CalendarDate } from '../dates/calendarDate';
import type { HandoutStyle } from './handoutStyles';
import type { CellValue } from './sheetSpec';

/** A cell of the summary or daily list, styled from the handout style set. */
export interface HandoutCell {
  value: CellValue;
  style?: HandoutStyle;
}

export function textCell(text: string): HandoutCell {
  return { value: text, style: 'text' };
}

export function dateCell(date: CalendarDate | null): HandoutCell {
  return { value: date ? { date } : null, style: 'date' };
}

export function countCell(count: number): HandoutCell {
  return { value: count, style: 'count' };
}

export function headerCells(labels: string[]): HandoutCell[] {
  return labels.map((label) => ({ value: label, style: 'columnHeader' }));
}
