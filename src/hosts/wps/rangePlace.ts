import type { CellRange } from '../../core/summary/sheetSpec';
import type { EtRange } from './etObjectModel';

/** A range's place as a 0-based block (ET counts from 1). */
export function blockOf(range: EtRange): CellRange {
  const top = range.Row - 1;
  const left = range.Column - 1;
  return { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}
