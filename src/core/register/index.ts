// The register (SPEC §3): its columns, reading and writing rows, validation, and adopting a team's sheet.
export type { CellValue } from './cellValue';
export type { CellError } from './cellError';
export { STATUS_LABELS, emptyCustomerRecord } from './customerRecord';
export type { ContactStatus, CustomerGrade, CustomerRecord } from './customerRecord';
export {
  DATE_FORMAT, EXCEL_CELL_MAX_CHARS, GRADE_LIST, INTEGER_FORMAT, REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS,
  REGISTER_HEADERS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME, STATUS_LIST, STATUS_ORDER, TEXT_FORMAT, columnOf,
} from './registerSchema';
export type { ColumnKind, FieldColumns, RegisterColumn, RegisterField } from './registerSchema';
export { MAX_EXCEL_SERIAL, dateFromExcelSerial, excelSerialOf, parseDateCell } from './dateCell';
export type { DateCellResult } from './dateCell';
export { parseStatusCell, statusFromDates, statusProgress } from './statusCell';
export { parseGradeCell } from './gradeCell';
export { asSafeText, startsLikeFormula } from './formulaGuard';
export type { SafeText } from './formulaGuard';
export { inColumnOrder, recordToRow, rowToRecord } from './registerRow';
export type { DedupeKeyFn, RowRead, RowReadOptions } from './registerRow';
export { EARLIEST_PLAUSIBLE_DATE, validateRecord, validateRow } from './validateRecord';
export type { ValidationContext } from './validateRecord';
export { HEADER_SEARCH_ROWS, detectHeader, matchHeader, normalizeHeader } from './headerDetection';
export type { HeaderDetection, HeaderMatch, UnmappedHeader } from './headerDetection';
