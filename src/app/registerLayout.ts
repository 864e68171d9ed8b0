import type { CellValue } from '../core/register/cellValue';
import { matchHeader, normalizeHeader } from '../core/register/headerDetection';
import {
  REGISTER_COLUMNS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME, type FieldColumns, type RegisterField,
} from '../core/register/registerSchema';
import { message, type Message } from '../i18n/message';
import type { TableDefinition } from '../hosts/spreadsheetHost';

/** Where the register's columns are in the workbook: a created register has them in order, an adopted sheet its own. */
export interface RegisterLayout {
  sheet: string;
  tableName: string;
  /** Sheet row of the header; the table starts in column A. */
  headerRow: number;
  firstDataRow: number;
  columnCount: number;
  /** Field → sheet column. 客户名称, 保护到期 and 查重键 are always there. */
  columns: FieldColumns & Record<'name' | 'protectedUntil' | 'dedupeKey', number>;
}

/**
 * The header text each field was confirmed under when a team's sheet was adopted (kept in workbook settings),
 * and the team's headers the user set to 不导入 there: those stay ignored, even if their words name a field.
 */
export type ColumnMapping = Partial<Record<RegisterField, string>> & { ignored?: string[] };

/** The fields the add-in cannot work without: the name it checks and the two columns it computes. */
const REQUIRED: readonly RegisterField[] = ['name', 'protectedUntil', 'dedupeKey'];

/** The register as the add-in creates it (SPEC §3): every column, computed ones greyed, header frozen. */
export function registerTableDefinition(): TableDefinition {
  return {
    sheet: REGISTER_SHEET_NAME,
    tableName: REGISTER_TABLE_NAME,
    freezeHeader: true,
    columns: REGISTER_COLUMNS.map((c) => ({ header: c.header, width: c.width, numberFormat: c.numberFormat, computed: c.computed })),
  };
}

/**
 * Reads the layout from the table's header: a saved mapping of an adopted sheet first, then the header words
 * themselves (the register's own headers match exactly), skipping the headers the mapping says to ignore. A
 * register without its three essential columns is refused with the headers it lacks.
 */
export function registerLayout(
  table: { sheet: string; firstDataRow: number; header: readonly CellValue[] },
  mapping: ColumnMapping | null,
): { layout: RegisterLayout } | { error: Message } {
  const headers = table.header.map((cell) => normalizeHeader(String(cell ?? '')));
  const columns: FieldColumns = {};
  for (const { field } of REGISTER_COLUMNS) {
    const text = mapping?.[field];
    const index = text === undefined ? -1 : headers.indexOf(normalizeHeader(text));
    if (index >= 0) columns[field] = index;
  }
  const ignored = new Set((mapping?.ignored ?? []).map(normalizeHeader));
  table.header.forEach((cell, index) => {
    if (ignored.has(headers[index])) return;
    const match = matchHeader(String(cell ?? ''));
    if (match && columns[match.field] === undefined && !Object.values(columns).includes(index)) columns[match.field] = index;
  });
  const missing = REQUIRED.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const names = REGISTER_COLUMNS.filter((c) => missing.includes(c.field)).map((c) => c.header);
    return { error: message('host.register.columnsMissing', { headers: names.join('、') }) };
  }
  return {
    layout: {
      sheet: table.sheet, tableName: REGISTER_TABLE_NAME, headerRow: table.firstDataRow - 1, firstDataRow: table.firstDataRow,
      columnCount: table.header.length, columns: columns as RegisterLayout['columns'],
    },
  };
}
