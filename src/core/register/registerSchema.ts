import { STATUS_LABELS, type ContactStatus, type CustomerGrade, type CustomerRecord } from './customerRecord';

/** The register lives on this sheet, in an Excel table of this name (SPEC §3). */
export const REGISTER_SHEET_NAME = '客户登记';
export const REGISTER_TABLE_NAME = 'ClaimRegister';

export type RegisterField = keyof CustomerRecord;

/**
 * How a column's cells are read and validated: free text; a real date; a number; or a pick from the status
 * list, the grade list or the roster (the host puts list validation on the last three).
 */
export type ColumnKind = 'text' | 'date' | 'number' | 'status' | 'grade' | 'rep';

/** Excel number formats: '@' keeps a cell as text, so nothing typed or written there becomes a formula. */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const INTEGER_FORMAT = '0';

/** Longest text Excel keeps in one cell. */
export const EXCEL_CELL_MAX_CHARS = 32_767;

export interface RegisterColumn {
  readonly header: string;
  readonly field: RegisterField;
  readonly kind: ColumnKind;
  /** Filled in by the add-in (保护到期 by the claim rules, 查重键 from the name): locked and greyed, never typed. */
  readonly computed: boolean;
  /** Suggested width in characters of the default font (Excel's column-width unit; ExcelJS `width`). */
  readonly width: number;
  readonly numberFormat: string;
  /** For text kinds: the most characters a cell may hold. */
  readonly maxLength: number | null;
  /** Free notes may hold line breaks; every other text column is one line. */
  readonly multiline: boolean;
}

// Single-line limits stay under SharePoint's 255-character "single line of text" so a row always fits the
// shared list; 200 for names is far above any registered Chinese company name (rarely over 60).
const NAME_MAX = 200;
const SHORT_MAX = 50;
const LINE_MAX = 100;

function text(header: string, field: RegisterField, width: number, maxLength: number, multiline = false): RegisterColumn {
  return { header, field, kind: 'text', computed: false, width, numberFormat: TEXT_FORMAT, maxLength, multiline };
}

function date(header: string, field: RegisterField, computed = false): RegisterColumn {
  return { header, field, kind: 'date', computed, width: 12, numberFormat: DATE_FORMAT, maxLength: null, multiline: false };
}

function list(header: string, field: RegisterField, kind: 'status' | 'grade' | 'rep', width: number): RegisterColumn {
  const maxLength = kind === 'rep' ? SHORT_MAX : null;
  return { header, field, kind, computed: false, width, numberFormat: TEXT_FORMAT, maxLength, multiline: false };
}

/** The register's columns, in the proposal's order (SPEC §3). */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: '序号', field: 'seq', kind: 'number', computed: false, width: 6, numberFormat: INTEGER_FORMAT, maxLength: null, multiline: false },
  text('客户名称', 'name', 32, NAME_MAX),
  list('业务员', 'rep', 'rep', 10),
  text('部门', 'department', 10, SHORT_MAX),
  text('联系人', 'contactPerson', 10, LINE_MAX),
  text('联系电话', 'phone', 16, LINE_MAX),
  date('首次联系日期', 'firstContactDate'),
  date('拜访日期', 'visitDate'),
  date('送样日期', 'sampleDate'),
  text('样品型号', 'sampleModel', 12, LINE_MAX),
  date('合作日期', 'dealDate'),
  list('状态', 'status', 'status', 8),
  date('再次跟进日期', 'nextFollowUpDate'),
  text('跟进情况', 'followUpNotes', 30, EXCEL_CELL_MAX_CHARS, true),
  date('保护到期', 'protectedUntil', true),
  list('客户等级', 'grade', 'grade', 8),
  text('产品线', 'productLine', 10, LINE_MAX),
  text('上级客户', 'parentCustomer', 24, NAME_MAX),
  text('备注', 'remarks', 20, EXCEL_CELL_MAX_CHARS, true),
  { header: '查重键', field: 'dedupeKey', kind: 'text', computed: true, width: 20, numberFormat: TEXT_FORMAT, maxLength: null, multiline: false },
];

export const REGISTER_HEADERS: readonly string[] = REGISTER_COLUMNS.map((c) => c.header);

/** Where each field sits in a row. The register's own order by default; an adopted sheet has its own. */
export type FieldColumns = Partial<Record<RegisterField, number>>;

export const REGISTER_FIELD_COLUMNS: Readonly<Record<RegisterField, number>> = Object.fromEntries(
  REGISTER_COLUMNS.map((c, index) => [c.field, index]),
) as Record<RegisterField, number>;

const columnsByField = new Map(REGISTER_COLUMNS.map((c) => [c.field, c]));

export function columnOf(field: RegisterField): RegisterColumn {
  return columnsByField.get(field) as RegisterColumn;
}

/** The order of the status list is the order of progress: 电话 < 拜访 < 送样 < 合作, then 已释放. */
export const STATUS_ORDER: readonly ContactStatus[] = ['phone', 'visit', 'sample', 'deal', 'released'];

/** The entries of the list validations the host puts on 状态 and 客户等级. */
export const STATUS_LIST: readonly string[] = STATUS_ORDER.map((s) => STATUS_LABELS[s]);
export const GRADE_LIST: readonly CustomerGrade[] = ['A', 'B', 'C'];
