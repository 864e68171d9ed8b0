/**
 * Render check of the monthly summary with the rules a growing team switches on (a script, not a unit test):
 * product lines (a 主负责人 split and a second line), a surplus handed to a new hire with a 分成比例, and the
 * rotation review. Writes artifacts/summary-rules-2026-10.xlsx, then PDF (LibreOffice) and PNG pages.
 *
 *   npx esbuild test/render/renderRuleSummary.ts --bundle --platform=node --packages=external \
 *     --outfile=artifacts/renderRuleSummary.cjs && node artifacts/renderRuleSummary.cjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { claimPolicy, claimStateFromRecord, rotationReview } from '../../src/core/claims';
import { lastDayOfMonth, parseIsoDate, parseYearMonth, type CalendarDate, type YearMonth } from '../../src/core/dates/calendarDate';
import { buildMonthlySummary, type CreditShareLine } from '../../src/core/summary';
import { writeSheetSpec } from '../../src/cli/xlsx/writeSheetSpec';
import { SAMPLE_ROSTER, sampleRecords } from './sampleMonth';

const ARTIFACTS = 'artifacts';
const day = (text: string) => parseIsoDate(text) as CalendarDate;

async function main(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const month = parseYearMonth('2026-10') as YearMonth;
  const policy = claimPolicy({
    rotation: { enabled: true, rotateMonths: 24 },
    productLines: { enabled: true, lines: ['涂料', '电子'], defaultLine: '涂料' },
  });
  const records = sampleRecords();
  // Three customers have been with the same rep since 2024: they are up for rotation.
  records.slice(0, 3).forEach((r, i) => { r.firstContactDate = day(`2024-0${i + 3}-15`); });
  const [a, b, c] = records.slice(3, 6);
  const creditShares: CreditShareLine[] = [
    { kind: 'surplus', customerName: a.name, productLine: '涂料', owner: '刘洋', formerOwner: '张敏', date: day('2026-10-09'),
      shares: [{ rep: '刘洋', percent: 70 }, { rep: '张敏', percent: 30 }] },
    { kind: 'primary', customerName: b.name, productLine: '', owner: '李娜', formerOwner: '', date: day('2026-10-20'),
      shares: [{ rep: '李娜', percent: 60 }, { rep: '王建国', percent: 40 }] },
    { kind: 'transfer', customerName: c.name, productLine: '涂料', owner: '黄丽', formerOwner: '陈静', date: day('2026-11-03'),
      shares: [{ rep: '黄丽', percent: 50 }, { rep: '陈静', percent: 50 }] },
  ];
  const monthEnd = lastDayOfMonth(month);
  const flags = rotationReview(records.map((r) => claimStateFromRecord(r, policy)), policy, monthEnd);
  const spec = buildMonthlySummary(records, month, {
    today: day('2026-11-01'), roster: SAMPLE_ROSTER, creditShares, rotation: { months: 24, flags },
  });
  const workbook = new ExcelJS.Workbook();
  writeSheetSpec(workbook, spec);
  const xlsx = join(ARTIFACTS, 'summary-rules-2026-10.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, xlsx], { stdio: 'inherit' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(ARTIFACTS, 'summary-rules-2026-10.pdf'), join(ARTIFACTS, 'summary-rules-2026-10')]);
  const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith('summary-rules-2026-10-') && f.endsWith('.png')).sort();
  console.log(JSON.stringify({ records: records.length, rotationFlags: flags.length, pages }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
