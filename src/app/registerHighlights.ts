import type { ClaimPolicy } from '../core/claims/claimPolicy';
import { addDays, addMonths, type CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import { STATUS_LABELS } from '../core/register/customerRecord';
import { parseDateCell } from '../core/register/dateCell';
import { columnOf, type RegisterField } from '../core/register/registerSchema';
import { columnLetters } from '../core/summary/a1Address';
import type { HexColor } from '../core/summary/sheetSpec';
import { message, type Message, type MessageKey } from '../i18n/message';
import { ROW_MARK_FILLS, type ConditionContext, type ConditionalFormatRule } from '../hosts/spreadsheetHost';
import type { RegisterLayout } from './registerLayout';

/** Conditional formats reach to the last row of the sheet, so rows the team adds are coloured too. */
const SHEET_LAST_ROW = 1_048_575;

/** One colour the register can show, for the legend in the task pane. */
export interface LegendEntry {
  id: string;
  label: Message;
  detail: Message;
  fill: HexColor;
  fontColor: HexColor | null;
  /** A highlighted cell (conditional format, in `column`) or a whole marked row (the live check's mark). */
  scope: 'cell' | 'row';
  column: string | null;
}

interface Highlight {
  id: string;
  label: MessageKey;
  detail: MessageKey;
  fill: HexColor;
  fontColor: HexColor;
  bold?: boolean;
  /** The column it colours, and the columns its condition reads. */
  field: RegisterField;
  reads: RegisterField[];
  enabled: (policy: ClaimPolicy) => boolean;
  /** Excel formula on the first data row; `$X` letters come from the layout. */
  formula: (col: (field: RegisterField) => string, row: number, policy: ClaimPolicy) => string;
  /** The same condition for one row: `cell` reads this row, `count` how many rows hold a value in a column. */
  test: (cell: (field: RegisterField) => CellValue, today: CalendarDate, policy: ClaimPolicy, count: (field: RegisterField, value: CellValue) => number) => boolean;
}

const dateIn = (value: CellValue): CalendarDate | null => (typeof value === 'number' ? parseDateCell(value).date : null);
const RELEASED = STATUS_LABELS.released;

/** How many rows hold `value` in a column, counted once per set of rows (the sandbox tests every row). */
const counts = new WeakMap<ConditionContext['rows'], Map<number, Map<CellValue, number>>>();
function countIn(context: ConditionContext, column: number, value: CellValue): number {
  let byColumn = counts.get(context.rows);
  if (!byColumn) counts.set(context.rows, (byColumn = new Map()));
  let tally = byColumn.get(column);
  if (!tally) {
    tally = new Map();
    for (const row of context.rows) tally.set(row[column] ?? '', (tally.get(row[column] ?? '') ?? 0) + 1);
    byColumn.set(column, tally);
  }
  return tally.get(value) ?? 0;
}

const HIGHLIGHTS: Highlight[] = [
  {
    id: 'expiring', label: 'host.legend.expiring', detail: 'host.legend.expiringDetail', fill: '#FFE699', fontColor: '#7F6000', bold: true,
    field: 'protectedUntil', reads: ['protectedUntil'], enabled: (p) => p.reminders.enabled && p.protection.enabled,
    formula: (col, row, p) => `=AND(ISNUMBER($${col('protectedUntil')}${row}),$${col('protectedUntil')}${row}>=TODAY(),$${col('protectedUntil')}${row}-TODAY()<=${p.reminders.remindDays})`,
    test: (cell, today, p) => {
      const until = dateIn(cell('protectedUntil'));
      return !!until && until >= today && until <= addDays(today, p.reminders.remindDays);
    },
  },
  {
    id: 'followUpDue', label: 'host.legend.followUpDue', detail: 'host.legend.followUpDueDetail', fill: '#BDD7EE', fontColor: '#1F4E78',
    field: 'nextFollowUpDate', reads: ['nextFollowUpDate', 'status'], enabled: (p) => p.followUps.enabled,
    formula: (col, row) => `=AND(ISNUMBER($${col('nextFollowUpDate')}${row}),$${col('nextFollowUpDate')}${row}=TODAY(),$${col('status')}${row}<>"${RELEASED}")`,
    test: (cell, today) => dateIn(cell('nextFollowUpDate')) === today && cell('status') !== RELEASED,
  },
  {
    id: 'followUpOverdue', label: 'host.legend.followUpOverdue', detail: 'host.legend.followUpOverdueDetail', fill: '#F8CBAD', fontColor: '#C00000', bold: true,
    field: 'nextFollowUpDate', reads: ['nextFollowUpDate', 'status'], enabled: (p) => p.followUps.enabled,
    formula: (col, row) => `=AND(ISNUMBER($${col('nextFollowUpDate')}${row}),$${col('nextFollowUpDate')}${row}<TODAY(),$${col('status')}${row}<>"${RELEASED}")`,
    test: (cell, today) => {
      const due = dateIn(cell('nextFollowUpDate'));
      return !!due && due < today && cell('status') !== RELEASED;
    },
  },
  {
    id: 'duplicateKey', label: 'host.legend.duplicateKey', detail: 'host.legend.duplicateKeyDetail', fill: '#E4DFEC', fontColor: '#5B2C6F', bold: true,
    field: 'name', reads: ['dedupeKey'], enabled: () => true,
    // Excel evaluates a conditional format only for the cells on screen, so COUNTIF over the column stays cheap.
    formula: (col, row) => `=AND($${col('dedupeKey')}${row}<>"",COUNTIF($${col('dedupeKey')}:$${col('dedupeKey')},$${col('dedupeKey')}${row})>1)`,
    test: (cell, _today, _policy, count) => {
      const key = cell('dedupeKey');
      return key !== '' && key !== null && count('dedupeKey', key) > 1;
    },
  },
  {
    // Seed 002: a protected customer one rep has held longer than rotateMonths is up for review (rotationReview).
    id: 'rotation', label: 'rules.rotation.legend', detail: 'rules.rotation.legendDetail', fill: '#E6D0F0', fontColor: '#5B2C6F',
    field: 'firstContactDate', reads: ['firstContactDate', 'status', 'protectedUntil'], enabled: (p) => p.rotation.enabled,
    formula: (col, row, p) => `=AND(ISNUMBER($${col('firstContactDate')}${row}),$${col('firstContactDate')}${row}<EDATE(TODAY(),-${p.rotation.rotateMonths}),`
      + `OR($${col('status')}${row}="${STATUS_LABELS.deal}",AND(ISNUMBER($${col('protectedUntil')}${row}),$${col('protectedUntil')}${row}>=TODAY())))`,
    test: (cell, today, p) => {
      const since = dateIn(cell('firstContactDate'));
      const until = dateIn(cell('protectedUntil'));
      const held = cell('status') === STATUS_LABELS.deal || (!!until && until >= today);
      return !!since && held && addMonths(since, p.rotation.rotateMonths) < today;
    },
  },
];

/**
 * The register's conditional formats: protection ending within remindDays (保护到期), follow-up due today or
 * overdue (再次跟进日期), and names whose 查重键 appears twice (客户名称). Rules whose policy is dormant, or whose
 * columns an adopted sheet lacks, are left out.
 */
export function registerHighlightRules(layout: RegisterLayout, policy: ClaimPolicy): ConditionalFormatRule[] {
  const row = layout.firstDataRow + 1;
  return HIGHLIGHTS
    .filter((h) => h.enabled(policy) && [h.field, ...h.reads].every((f) => layout.columns[f] !== undefined))
    .map((h) => {
      const index = (field: RegisterField) => layout.columns[field] as number;
      const column = index(h.field);
      return {
        id: h.id,
        range: { top: layout.firstDataRow, left: column, bottom: SHEET_LAST_ROW, right: column },
        formula: h.formula((field) => columnLetters(index(field)), row, policy),
        test: (values, context) => h.test(
          (field) => values[index(field)] ?? '', context.today, policy, (field, value) => countIn(context, index(field), value),
        ),
        style: { fill: h.fill, fontColor: h.fontColor, ...(h.bold && { bold: true }) },
      };
    });
}

/** Every colour the register can show, conditional formats first, then the live check's row marks. */
export function registerLegend(policy: ClaimPolicy): LegendEntry[] {
  const cells: LegendEntry[] = HIGHLIGHTS.filter((h) => h.enabled(policy)).map((h) => ({
    id: h.id, label: message(h.label), detail: message(h.detail, { days: policy.reminders.remindDays }),
    fill: h.fill, fontColor: h.fontColor, scope: 'cell', column: columnOf(h.field).header,
  }));
  return [
    ...cells,
    { id: 'warning', label: message('host.legend.warning'), detail: message('host.legend.warningDetail'), fill: ROW_MARK_FILLS.warning, fontColor: null, scope: 'row', column: null },
    { id: 'blocked', label: message('host.legend.blocked'), detail: message('host.legend.blockedDetail'), fill: ROW_MARK_FILLS.blocked, fontColor: null, scope: 'row', column: null },
  ];
}
