import { cellText } from '../../core/register/cellValue';
import { auditNames, formatReasons, type Verdict } from '../../core/names';
import { formatMessage, message } from '../../i18n/message';
import type { LocatedTable } from '../locateColumns';

/** The --json contract of SPEC §9: exactly these keys, rows 1-based among the data rows. */
export interface AuditReport {
  rows: number;
  groups: { kind: Verdict; rows: number[]; reason: string }[];
}

/** The names an audit compares, and where the header sits (for the sheet's row numbers in the report). */
export interface NameColumn {
  names: string[];
  headerRow: number;
}

/** Only the name column: the rest of the grid can be freed before the audit builds its index. */
export function nameColumnOf(table: LocatedTable): NameColumn {
  return { names: table.dataRows.map((row) => cellText(row[table.columns.name] ?? null)), headerRow: table.headerRow };
}

export function auditTable({ names }: NameColumn): AuditReport {
  const groups = auditNames(names).map((g) => ({
    kind: g.kind,
    rows: g.rows.map((i) => i + 1),
    reason: formatReasons(g.reasons),
  }));
  return { rows: names.length, groups };
}

/** The report for a person: one block per group, with the names, so a manager can act on it. */
export function describeAudit(report: AuditReport, { names, headerRow }: NameColumn): string {
  const lines = [formatMessage(message('cli.audit.heading', { rows: report.rows, groups: report.groups.length }))];
  for (const group of report.groups) {
    const label = formatMessage(message(`names.verdict.${group.kind}`));
    lines.push('', formatMessage(message('cli.audit.group', { label, rows: group.rows.join('、') })));
    for (const row of group.rows) {
      lines.push(formatMessage(message('cli.audit.member', { row, sheetRow: headerRow + 1 + row, name: names[row - 1] })));
    }
    lines.push(formatMessage(message('cli.audit.reason', { reason: group.reason })));
  }
  return lines.join('\n');
}
