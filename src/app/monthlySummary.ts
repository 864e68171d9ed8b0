import type { RosterMember, RotationFlag } from '../core/claims';
import { lastDayOfMonth, previousMonth, type CalendarDate, type YearMonth } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import { buildDailyList, buildMonthlySummary, type CreditShareLine, type SheetSpec } from '../core/summary';
import { message, type Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';

export interface SheetWritten {
  sheet: string;
  /** What to tell the user: the sheet is ready, and (Excel) press Ctrl+P to print it. */
  messages: Message[];
}

async function writeAndShow(host: SpreadsheetHost, spec: SheetSpec): Promise<SheetWritten> {
  await host.writeSheetSpec(spec);
  await host.activateSheet(spec.name);
  const messages = [message('host.sheet.written', { sheet: spec.name })];
  if (!host.capabilities.canPrint) messages.push(message('host.print.pressCtrlP'));
  return { sheet: spec.name, messages };
}

/** What the team's optional rules add to the summary: the recorded credit splits, the rotation review at a day. */
export interface RuleSections {
  creditShares?: readonly CreditShareLine[];
  rotation?: (day: CalendarDate) => { months: number; flags: readonly RotationFlag[] } | undefined;
}

/**
 * 生成月度汇总 (SPEC §7): writes `2026年10月汇总` for last month by default, replacing that month's sheet if it
 * was generated before, already laid out for printing (a page break per rep), and shows it.
 */
export function writeMonthlySummary(
  host: SpreadsheetHost,
  records: CustomerRecord[],
  options: { today: CalendarDate; month?: YearMonth; roster?: readonly RosterMember[] } & RuleSections,
): Promise<SheetWritten> {
  const month = options.month ?? previousMonth(options.today);
  const roster = (options.roster ?? []).map((m) => ({ name: m.name, department: m.department }));
  const rotation = options.rotation?.(lastDayOfMonth(month));
  return writeAndShow(host, buildMonthlySummary(records, month, {
    today: options.today, roster, creditShares: options.creditShares, rotation,
  }));
}

/** 今日新增: the day's new registrations for department heads, departments in the roster's order. */
export function writeDailyList(
  host: SpreadsheetHost, records: CustomerRecord[], today: CalendarDate, roster: readonly RosterMember[] = [],
): Promise<SheetWritten> {
  return writeAndShow(host, buildDailyList(records, today, roster));
}
