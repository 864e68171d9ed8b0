import { cellText } from '../../core/register/cellValue';
import { formatReasons, migrateStoredKeys, NameIndex, type Verdict } from '../../core/names';
import { formatMessage, message } from '../../i18n/message';
import type { LocatedTable } from '../locateColumns';

export interface CheckReport {
  query: string;
  /** The key the name would be registered under beside the file's customers (the store's unique key). */
  key: string;
  matches: { row: number; name: string; verdict: Verdict; reason: string; rep: string; status: string }[];
}

/** What a rep sees before picking up the phone: every registered look-alike of one name, most serious first. */
export function checkName(name: string, table: LocatedTable, limit = 20): CheckReport {
  const index = new NameIndex();
  const names = table.dataRows.map((row) => cellText(row[table.columns.name] ?? null));
  names.forEach((rowName, i) => index.add(String(i + 1), rowName));
  // The file's rows hold their keys in register order, as a store would (two legal entities, two keys).
  const keys = migrateStoredKeys(names.map((rowName) => ({ name: rowName, key: '' })));
  const column = (row: number, field: 'rep' | 'status') => {
    const at = table.columns[field];
    return at === undefined ? '' : cellText(table.dataRows[row - 1][at] ?? null);
  };
  const matches = index.query(name, limit).map((m) => {
    const row = Number(m.id);
    return { row, name: m.name, verdict: m.verdict, reason: formatReasons(m.reasons), rep: column(row, 'rep'), status: column(row, 'status') };
  });
  return { query: name, key: index.storedKey(name, (id) => keys[Number(id) - 1]), matches };
}

export function describeCheck(report: CheckReport): string {
  if (!report.key) return formatMessage(message('names.error.empty'));
  if (report.matches.length === 0) return formatMessage(message('cli.check.clear', { name: report.query, key: report.key }));
  const lines = [formatMessage(message('cli.check.heading', { name: report.query, key: report.key, count: report.matches.length }))];
  for (const m of report.matches) {
    const label = formatMessage(message(`names.verdict.${m.verdict}`));
    lines.push(formatMessage(message('cli.check.match', { label, row: m.row, name: m.name, rep: m.rep || '—', status: m.status || '—', reason: m.reason })));
  }
  return lines.join('\n');
}
