import type { Style } from 'exceljs';
import type { CellStyle, HexColor } from '../../core/summary';

const argb = (color: HexColor) => `FF${color.slice(1).toUpperCase()}`;

/** ExcelJS's workbook default; a font without a name would fall back to a serif face in some hosts. */
const DEFAULT_FONT = { name: 'Calibri', size: 11 };

/** A SheetSpec style as ExcelJS's cell style; only what the spec sets, so the workbook defaults show through. */
export function excelStyle(style: CellStyle): Partial<Style> {
  const excel: Partial<Style> = {};
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    excel.font = {
      ...DEFAULT_FONT,
      ...(style.bold && { bold: true }),
      ...(style.italic && { italic: true }),
      ...(style.fontSize && { size: style.fontSize }),
      ...(style.fontColor && { color: { argb: argb(style.fontColor) } }),
    };
  }
  if (style.fill) excel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const edge = { style: style.border };
    excel.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (style.horizontal || style.vertical || style.wrap) {
    excel.alignment = {
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical }),
      ...(style.wrap && { wrapText: true }),
    };
  }
  if (style.numberFormat) excel.numFmt = style.numberFormat;
  return excel;
}
