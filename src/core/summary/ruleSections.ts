import type { CalendarDate } from '../dates/calendarDate';
import { formatMessage, message } from '../../i18n/message';
import type { CreditShare } from '../claims/activity';
import type { RotationFlag } from '../claims/rotation';
import { dateCell, headerCells, textCell, countCell } from './handoutCells';
import type { HandoutStyle } from './handoutStyles';
import type { SheetDraft } from './sheetDraft';
import { zhText } from './zhText';

/**
 * A recorded credit split (seed 001: a veteran's surplus handed to a new hire keeps a share; seed 004: the
 * 主负责人 and the other line owners): who holds the customer and how its credit is divided from `date` on.
 */
export interface CreditShareLine {
  /** A manager's transfer, seed 001's surplus handover to a new hire, or seed 004's 主负责人 split. */
  kind: CreditShareKind;
  customerName: string;
  productLine: string;
  owner: string;
  /** The owner before a handover; '' for a split between line owners. */
  formerOwner: string;
  date: CalendarDate;
  /** Empty: a later handover without a split, which ends the earlier one. */
  shares: CreditShare[];
}

export type CreditShareKind = 'transfer' | 'surplus' | 'primary';

/** The split each customer (and line) has at the end of the month: the latest recorded on or before it. */
export function sharesInEffect(lines: readonly CreditShareLine[], monthEnd: CalendarDate): CreditShareLine[] {
  const latest = new Map<string, CreditShareLine>();
  for (const line of lines) {
    if (line.date > monthEnd) continue;
    // The 主负责人 split is the customer's, across its lines; a handover's is its line's.
    const key = `${line.customerName}\u0000${line.kind === 'primary' ? '\u0000primary' : line.productLine}`;
    const seen = latest.get(key);
    if (!seen || line.date >= seen.date) latest.set(key, line);
  }
  return [...latest.values()].filter((l) => l.shares.length > 0).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const dash = (text: string) => text || '—';

/** Two lines of text: a split of two or three reps wraps inside its column. */
const SHARE_ROW_POINTS = 30;

/** "李娜 70%，王芳 30%" — the column header already says 分成比例. */
function shareList(shares: readonly CreditShare[]): string {
  return shares.map((s) => formatMessage(message('rules.credit.share', { rep: s.rep, percent: s.percent }), 'zh-CN')).join('，');
}

/** 分成记录: every customer whose credit is split at the month's end, with the split. */
export function addCreditShareSection(draft: SheetDraft<HandoutStyle>, lines: readonly CreditShareLine[], monthLabel: string): void {
  draft.addBanner(zhText('rules.summary.creditHeading', { month: monthLabel, count: lines.length }), 'heading', { lastColumn: 7, heightPoints: 22 });
  draft.addRow(headerCells((['seq', 'customer', 'productLine', 'owner', 'formerOwner', 'since', 'shareKind', 'shares'] as const)
    .map((column) => zhText(`rules.summary.column.${column}` as const))));
  lines.forEach((line, index) => draft.addRow([
    { value: index + 1, style: 'centered' }, textCell(line.customerName),
    textCell(line.kind === 'primary' ? zhText('rules.summary.allLines') : dash(line.productLine)), textCell(line.owner),
    textCell(dash(line.formerOwner)), dateCell(line.date), textCell(zhText(`rules.summary.shareKind.${line.kind}` as const)),
    textCell(shareList(line.shares)),
  ], SHARE_ROW_POINTS));
  draft.addBlankRow();
}

/** 轮换评估: customers held longer than the rotation window at the month's end (seed 002), longest first. */
export function addRotationSection(
  draft: SheetDraft<HandoutStyle>, flags: readonly RotationFlag[], limitMonths: number, monthEnd: CalendarDate,
): void {
  draft.addBanner(zhText('rules.summary.rotationHeading', { date: monthEnd, months: limitMonths, count: flags.length }), 'heading',
    { lastColumn: 6, heightPoints: 22 });
  draft.addRow(headerCells((['seq', 'customer', 'productLine', 'owner', 'ownedSince', 'monthsOwned'] as const)
    .map((column) => zhText(`rules.summary.column.${column}` as const))));
  flags.forEach((flag, index) => draft.addRow([
    { value: index + 1, style: 'centered' }, textCell(flag.customerName), textCell(dash(flag.productLine)), textCell(flag.owner),
    dateCell(flag.ownedSince), countCell(flag.monthsOwned),
  ]));
  draft.addBlankRow();
}
