import { ruleDate } from '../core/claims/claimPolicy';
import type { CustomerRecord } from '../core/register/customerRecord';
import { rowToRecord } from '../core/register/registerRow';
import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { message, type Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { writeMonthlySummary } from '../app/monthlySummary';
import type { RegisterWorkspace } from '../app/registerWorkspace';
import { summaryRuleSections } from '../app/ruleViews';
import { servedWorkspace } from '../app/servedWorkspace';
import { previousMonth } from '../core/dates/calendarDate';
import { printRegister } from '../app/printSetup';
import { registerLayout, type RegisterLayout } from '../app/registerLayout';
import { readRegisterSettings, type RegisterSettings } from '../app/registerSettings';

interface OpenedRows {
  layout: RegisterLayout;
  settings: RegisterSettings;
  records: CustomerRecord[];
}

/** The summary and the print layout need no 查重键: the name matcher and its dictionaries stay out of the function file. */
const NO_KEY = () => '';

/** The register's rows as records (a ribbon button runs briefly: it reads the sheet, no live check). */
async function registerRows(host: SpreadsheetHost): Promise<OpenedRows | Message> {
  const settings = await readRegisterSettings(host.settings);
  const table = await host.readTable(REGISTER_TABLE_NAME);
  if (!table) return message('host.command.noRegister');
  const found = registerLayout(table, settings.columnMapping);
  if ('error' in found) return found.error;
  const records = table.rows
    .map((row) => rowToRecord(row, { dedupeKey: NO_KEY, columns: found.layout.columns }).record)
    .filter((record) => record.name.trim() !== '');
  return { layout: found.layout, settings, records };
}

/** Last month's summary from the register model's history, with the rules' own tables: the pane's button's sheet. */
export async function lastMonthSummary(workspace: RegisterWorkspace): Promise<Message[]> {
  return (await workspace.writeMonthlySummary(previousMonth(workspace.today), summaryRuleSections)).messages;
}

/**
 * 生成月度汇总: last month's summary sheet. With the pane open (`workspace`) it comes from the register's
 * history, exactly as the pane's own button makes it; without, from the register's rows as they stand, and the
 * message says so (a later transfer or force-claim then shows under the new owner). `now` is read by the caller.
 */
export async function generateMonthlySummary(
  host: SpreadsheetHost, now: Date, workspace: RegisterWorkspace | null = servedWorkspace(),
): Promise<Message[]> {
  if (workspace) return lastMonthSummary(workspace);
  const opened = await registerRows(host);
  if (!('records' in opened)) return [opened];
  const today = ruleDate(now, opened.settings.policy);
  const written = await writeMonthlySummary(host, opened.records, { today, roster: opened.settings.roster });
  return [...written.messages, message('host.command.summaryFromRows')];
}

/** 打印设置: the register's print layout, then Ctrl+P (Excel cannot start printing). */
export async function setUpPrinting(host: SpreadsheetHost): Promise<Message[]> {
  const opened = await registerRows(host);
  if (!('records' in opened)) return [opened];
  return [await printRegister(host, opened.layout)];
}
