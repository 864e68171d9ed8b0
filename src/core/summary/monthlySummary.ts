import { firstDayOfMonth, lastDayOfMonth, type CalendarDate, type YearMonth } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';
import { countCell, dateCell, headerCells, textCell, type HandoutCell } from './handoutCells';
import { headerFooterParts } from './headerFooterParts';
import { handoutPageLayout } from './handoutPageLayout';
import { HANDOUT_STYLES, type HandoutStyle } from './handoutStyles';
import { monthActivity, type MonthCustomer, type RepAssignment, type RepMonth } from './monthActivity';
import { departmentTotals, rankDepartments, rankReps, totalOf } from './pkRanking';
import { addCreditShareSection, addRotationSection, sharesInEffect, type CreditShareLine } from './ruleSections';
import { SheetDraft } from './sheetDraft';
import type { RotationFlag } from '../claims/rotation';
import type { SheetSpec } from './sheetSpec';
import { zhText } from './zhText';

export interface MonthlySummaryOptions {
  /** The day the summary is generated (shown on it; rules never read the clock). */
  today: CalendarDate;
  /** Files reps under their departments and lists reps with nothing this month in the PK table. */
  roster?: readonly RepAssignment[];
  /** Recorded credit splits (transfers with a 分成比例, 主负责人 splits); the ones in effect at month end are listed. */
  creditShares?: readonly CreditShareLine[];
  /** With rotation on: customers held longer than `months` at the month's end (rotationReview on that day). */
  rotation?: { months: number; flags: readonly RotationFlag[] };
}

/** The customer list's columns; the PK tables reuse the first eight, so their widths serve both. */
const LIST_COLUMNS = [
  { label: zhText('summary.column.seq'), width: 6 },
  { label: zhText('summary.column.customer'), width: 32 },
  { label: zhText('summary.column.contactPerson'), width: 14 },
  { label: zhText('summary.column.firstContact'), width: 11 },
  { label: zhText('summary.column.visitDate'), width: 11 },
  { label: zhText('summary.column.sampleDate'), width: 11 },
  { label: zhText('summary.column.sampleModel'), width: 13 },
  { label: zhText('summary.column.dealDate'), width: 11 },
  { label: zhText('summary.column.nextFollowUp'), width: 11 },
  { label: zhText('summary.column.followUpNotes'), width: 30 },
];

function monthNumbers(month: YearMonth): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** `2026年10月汇总`: the sheet a host replaces when the same month is generated again. */
export function monthlySummarySheetName(month: YearMonth): string {
  return zhText('summary.monthlySheetName', monthNumbers(month));
}

const departmentLabel = (department: string) => department || zhText('summary.noDepartment');
const repLabel = (rep: string) => rep || zhText('summary.noRep');

function customerRow(seq: number, customer: MonthCustomer): HandoutCell[] {
  const { record } = customer;
  // The model belongs to the sample: a sample after the month hides both.
  const sampleModel = record.sampleDate && !customer.sampleDate ? '' : record.sampleModel;
  return [
    { value: seq, style: 'centered' },
    textCell(record.name),
    textCell(record.contactPerson),
    dateCell(record.firstContactDate),
    dateCell(customer.visitDate),
    dateCell(customer.sampleDate),
    textCell(sampleModel),
    dateCell(customer.dealDate),
    dateCell(record.nextFollowUpDate),
    textCell(record.followUpNotes),
  ];
}

function addZone(draft: SheetDraft<HandoutStyle>, heading: string, style: HandoutStyle, customers: MonthCustomer[]): void {
  draft.addBanner(heading, style, { heightPoints: 20 });
  customers.forEach((customer, index) => draft.addRow(customerRow(index + 1, customer)));
}

function addRepSection(draft: SheetDraft<HandoutStyle>, rep: RepMonth): void {
  const heading = zhText('summary.repSection', {
    department: departmentLabel(rep.department), rep: repLabel(rep.rep), ...rep.counts,
  });
  draft.addBanner(heading, 'repSection', { heightPoints: 24 });
  addZone(draft, zhText('summary.zoneVisitedOrSampled', { count: rep.visitedOrSampled.length }), 'zoneOpen', rep.visitedOrSampled);
  addZone(draft, zhText('summary.zoneCooperating', { count: rep.cooperating.length }), 'zoneCooperating', rep.cooperating);
}

function rankCell(rank: number): HandoutCell {
  return { value: rank, style: rank === 1 ? 'countLeader' : 'count' };
}

function addPkTables(draft: SheetDraft<HandoutStyle>, reps: RepMonth[], monthLabel: string): void {
  draft.addBanner(zhText('summary.pkRepHeading', { month: monthLabel }), 'heading', { lastColumn: 6, heightPoints: 22 });
  draft.addRow(headerCells((['rank', 'rep', 'department', 'visits', 'samples', 'deals', 'total'] as const)
    .map((column) => zhText(`summary.column.${column}` as const))));
  for (const { rank, item } of rankReps(reps)) {
    draft.addRow([
      rankCell(rank), textCell(repLabel(item.rep)), textCell(departmentLabel(item.department)),
      countCell(item.counts.visits), countCell(item.counts.samples), countCell(item.counts.deals),
      countCell(totalOf(item.counts)),
    ]);
  }
  draft.addBlankRow();
  draft.addBanner(zhText('summary.pkDepartmentHeading', { month: monthLabel }), 'heading', { lastColumn: 7, heightPoints: 22 });
  draft.addRow(headerCells((['rank', 'department', 'headcount', 'visits', 'samples', 'deals', 'total', 'perCapita'] as const)
    .map((column) => zhText(`summary.column.${column}` as const))));
  for (const { rank, item } of rankDepartments(departmentTotals(reps))) {
    draft.addRow([
      rankCell(rank), textCell(departmentLabel(item.department)), countCell(item.headcount),
      countCell(item.counts.visits), countCell(item.counts.samples), countCell(item.counts.deals),
      countCell(item.total), { value: item.perCapita, style: 'ratio' },
    ]);
  }
  draft.addBlankRow();
  draft.addBanner(zhText('summary.pkRule'), 'note', { heightPoints: 28 });
}

/** The sections the team's optional rules add under the PK tables: credit shares, rotation review. */
function addRuleSections(draft: SheetDraft<HandoutStyle>, month: YearMonth, monthLabel: string, options: MonthlySummaryOptions): void {
  const shares = sharesInEffect(options.creditShares ?? [], lastDayOfMonth(month));
  if (shares.length > 0) addCreditShareSection(draft, shares, monthLabel);
  if (options.rotation) addRotationSection(draft, options.rotation.flags, options.rotation.months, lastDayOfMonth(month));
}

/**
 * The month's sheet to print on the 1st and hand out (proposal ②, ⑥): the PK tables on the first page, then
 * one section per rep — 未成交但已拜访/送样 and 已合作 — each starting on a new page under the repeated column
 * header, so every rep's pages can be torn off and handed over.
 */
export function buildMonthlySummary(records: CustomerRecord[], month: YearMonth, options: MonthlySummaryOptions): SheetSpec {
  const reps = monthActivity(records, month, options.roster);
  const active = reps.filter((r) => r.visitedOrSampled.length + r.cooperating.length > 0);
  const customers = active.reduce((sum, r) => sum + r.visitedOrSampled.length + r.cooperating.length, 0);
  const monthLabel = zhText('summary.monthLabel', monthNumbers(month));
  const title = zhText('summary.monthlyTitle', monthNumbers(month));

  const draft = new SheetDraft(monthlySummarySheetName(month), LIST_COLUMNS.map((c) => c.width), HANDOUT_STYLES);
  draft.addBanner(title, 'title', { heightPoints: 30 });
  draft.addBanner(zhText('summary.monthlySubtitle', {
    from: firstDayOfMonth(month), to: lastDayOfMonth(month), reps: active.length, customers, today: options.today,
  }), 'subtitle', { heightPoints: 18 });
  draft.addBlankRow();

  let printTitleRows = null;
  if (active.length === 0) {
    draft.addBanner(zhText('summary.monthEmpty'), 'empty', { heightPoints: 30 });
  } else {
    addPkTables(draft, reps, monthLabel);
    addRuleSections(draft, month, monthLabel, options);
    draft.breakPageBeforeNextRow();
    const headerRow = draft.addRow(headerCells(LIST_COLUMNS.map((c) => c.label)), 20);
    printTitleRows = { first: headerRow, last: headerRow };
    active.forEach((rep, index) => {
      if (index > 0) draft.breakPageBeforeNextRow();
      addRepSection(draft, rep);
    });
  }

  return draft.finish(handoutPageLayout({
    printTitleRows,
    printArea: draft.usedRange(),
    header: { left: [zhText('summary.appTitle')], center: [title], right: [] },
    footer: {
      left: [zhText('summary.generatedOn', { today: options.today })],
      center: headerFooterParts(zhText('summary.pageXofY')),
      right: [monthLabel],
    },
  }));
}
