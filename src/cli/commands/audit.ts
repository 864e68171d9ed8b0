import { cellText } from '../../core/register/cellValue';
import { auditNames, formatReasons, type Verdict } from '../../core/names';
import { formatMessage, message } from '../../i18n/message';
import type { LocatedTable } from '../locateColumns';

/** The --json contract of SPEC §9: exactly these keys, rows 1-based among the data rows. */
export interface AuditReport {
  rows: number;
  groups: { kind: Verdict; rows: number[]; reason: string }[];
}

export function auditTable(table: LocatedTable): AuditReport {
  const names = table.dataRows.map((row) => cellText(row[table.columns.name] ?? null));
  const groups = auditNames(names).map((g) => ({
    kind: g.kind,
    rows: g.rows.map((i) => i + 1),
    reason: formatReasons(g.reasons),
  }));
  return { rows: names.length, groups };
}

/** The report for a person: one block per group, with the names, so a manager can act on it. */
export function describeAudit(report: AuditReport, table: LocatedTable): string {
  const lines = [formatMessage(message('cli.audit.heading', { rows: report.rows, groups: report.groups.length }))];
  for (const group of report.groups) {
    const label = formatMessage(message(`names.verdict.${group.kind}`));
    lines.push('', formatMessage(message('cli.audit.group', { label, rows: group.rows.join('、') })));
    for (const row of group.rows) {
      const name = cellText(table.dataRows[row - 1][table.columns.name] ?? null);
      const sheetRow = table.headerRow + 1 + row;
      lines.push(formatMessage(message('cli.audit.member', { row, sheetRow, name })));
    }
    lines.push(formatMessage(message('cli.audit.reason', { reason: group.reason })));
  }
  return lines.join('\n');
}
