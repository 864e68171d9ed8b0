import type { Verdict } from '../core/names';
import type { CellValue } from '../core/register/cellValue';
import { isBlankCell } from '../core/register/cellValue';
import { detectHeader, type HeaderDetection } from '../core/register/headerDetection';
import { REGISTER_COLUMNS, REGISTER_TABLE_NAME, type FieldColumns, type RegisterField } from '../core/register/registerSchema';
import { message, type Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { NameMatcher } from './nameMatcher';
import { saveColumnMapping } from './registerSettings';
import type { ColumnMapping } from './registerLayout';

/** A team's sheet that looks like a register: where its header is and what its columns mean, to confirm. */
export interface AdoptionProposal {
  sheet: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** Columns of the team's block (from column A). */
  columnCount: number;
  detection: HeaderDetection;
  /** The header cells as written. */
  header: string[];
  /** Data rows below the header (for the confirmation screen's preview). */
  dataRows: number;
  preview: CellValue[][];
  summary: Message;
}

/** Sheets the add-in writes itself are never offered for adoption. */
const OWN_SHEET = /^\d{4}年\d{1,2}月汇总$|^今日新增/;
const PREVIEW_ROWS = 5;

function proposalFor(sheet: string, rows: CellValue[][]): AdoptionProposal | null {
  const detection = detectHeader(rows);
  if (detection.error || detection.headerRowIndex === null) return null;
  const headerRow = detection.headerRowIndex;
  const header = rows[headerRow].map((cell) => String(cell ?? '').trim());
  let columnCount = header.length;
  while (columnCount > 0 && header[columnCount - 1] === '') columnCount--;
  const data = rows.slice(headerRow + 1);
  while (data.length > 0 && data[data.length - 1].every(isBlankCell)) data.pop();
  return {
    sheet, headerRow, columnCount, detection, header: header.slice(0, columnCount), dataRows: data.length,
    preview: data.slice(0, PREVIEW_ROWS).map((row) => row.slice(0, columnCount)),
    summary: message('host.adopt.found', { sheet, row: headerRow + 1, mapped: detection.matches.length, total: columnCount }),
  };
}

/** The header and columns of one sheet, if it has a customer-name column. */
export async function proposeAdoption(host: SpreadsheetHost, sheet: string): Promise<AdoptionProposal | { error: Message }> {
  const rows = await host.readSheet(sheet);
  const proposal = rows ? proposalFor(sheet, rows) : null;
  return proposal ?? { error: detectHeader(rows ?? []).error ?? message('register.headerNoNameColumn', { rows: 0 }) };
}

/** The sheet that most looks like a team's register (the most columns understood), or null. */
export async function findAdoptableSheet(host: SpreadsheetHost): Promise<AdoptionProposal | null> {
  let best: AdoptionProposal | null = null;
  for (const sheet of await host.listSheets()) {
    if (OWN_SHEET.test(sheet)) continue;
    const rows = await host.readSheet(sheet);
    const proposal = rows ? proposalFor(sheet, rows) : null;
    if (proposal && (!best || proposal.detection.confidence * proposal.detection.matches.length
      > best.detection.confidence * best.detection.matches.length)) best = proposal;
  }
  return best;
}

export interface AdoptionResult {
  /** 同一客户 / 疑似重复 / 关联公司 groups in the adopted rows, rows numbered as Excel shows them. */
  groups: { kind: Verdict; rows: number[]; reason: Message }[];
  summary: Message;
}

/**
 * Turns a confirmed proposal into the register (SPEC §3): the register columns the sheet lacks are added at
 * its right (header, formats), the block becomes the ClaimRegister table, and the confirmed mapping is saved in
 * the workbook. The team's cells are not rewritten. Returns the duplicate audit of the adopted names; open the
 * register afterwards (openRegister) to start the live check, which marks those rows.
 */
export async function adoptSheet(
  host: SpreadsheetHost,
  proposal: AdoptionProposal,
  columns: FieldColumns,
  matcher: Pick<NameMatcher, 'audit'>,
): Promise<AdoptionResult | { error: Message }> {
  const missing = REGISTER_COLUMNS.filter((c) => columns[c.field] === undefined);
  const start = proposal.columnCount;
  if (missing.length > 0) {
    await host.writeRange(proposal.sheet, proposal.headerRow, start, [missing.map((c) => c.header)], missing.map(() => '@'));
    if (proposal.dataRows > 0) {
      await host.writeRange(proposal.sheet, proposal.headerRow + 1, start,
        Array.from({ length: proposal.dataRows }, () => missing.map(() => '')), missing.map((c) => c.numberFormat));
    }
  }
  try {
    await host.convertToTable(proposal.sheet, proposal.headerRow, start + missing.length, REGISTER_TABLE_NAME);
  } catch {
    return { error: message('host.adopt.failed', { sheet: proposal.sheet }) };
  }
  const mapping: ColumnMapping = {};
  for (const [field, index] of Object.entries(columns) as [RegisterField, number][]) mapping[field] = proposal.header[index];
  missing.forEach((c) => { mapping[c.field] = c.header; });
  await saveColumnMapping(host.settings, mapping, proposal.header);

  const table = await host.readTable(REGISTER_TABLE_NAME);
  const nameColumn = columns.name as number;
  const names = (table?.rows ?? []).map((row) => String(row[nameColumn] ?? ''));
  const firstDataRow = table?.firstDataRow ?? proposal.headerRow + 1;
  const groups = matcher.audit(names).map((g) => ({ kind: g.kind, rows: g.rows.map((r) => firstDataRow + r + 1), reason: g.reason }));
  return { groups, summary: message('host.adopt.done', { sheet: proposal.sheet, added: missing.length, groups: groups.length }) };
}

