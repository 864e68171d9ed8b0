/**
 * Render check of the printed monthly summary and daily list (a script, not a unit test): writes
 * artifacts/summary-2026-10.xlsx and artifacts/daily-2026-10-15.xlsx, converts them to PDF with LibreOffice and
 * to PNG pages with pdftoppm, so a person can look at what a sales manager would hand out.
 *
 *   npx esbuild test/render/renderSummary.ts --bundle --platform=node --packages=external \
 *     --outfile=artifacts/renderSummary.cjs && node artifacts/renderSummary.cjs
 *
 * Needs soffice and pdftoppm (apt-get install libreoffice-calc poppler-utils fonts-noto-cjk fonts-crosextra-carlito).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseIsoDate, parseYearMonth, type CalendarDate, type YearMonth } from '../../src/core/dates/calendarDate';
import { buildDailyList, buildMonthlySummary, type SheetSpec } from '../../src/core/summary';
import { writeSheetSpec } from '../../src/cli/xlsx/writeSheetSpec';
import { SAMPLE_ROSTER, sampleRecords } from './sampleMonth';

const ARTIFACTS = 'artifacts';

async function render(spec: SheetSpec, baseName: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  writeSheetSpec(workbook, spec);
  const xlsx = join(ARTIFACTS, `${baseName}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, xlsx], { stdio: 'inherit' });
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${baseName}-`) && f.endsWith('.png'))) {
    rmSync(join(ARTIFACTS, old));
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', join(ARTIFACTS, `${baseName}.pdf`), join(ARTIFACTS, baseName)]);
  return readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${baseName}-`) && f.endsWith('.png')).sort();
}

async function main(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const records = sampleRecords();
  const month = parseYearMonth('2026-10') as YearMonth;
  const today = parseIsoDate('2026-11-01') as CalendarDate;
  const summary = buildMonthlySummary(records, month, { today, roster: SAMPLE_ROSTER });
  const daily = buildDailyList(records, parseIsoDate('2026-10-15') as CalendarDate);
  const pages = {
    summary: await render(summary, 'summary-2026-10'),
    daily: await render(daily, 'daily-2026-10-15'),
  };
  console.log(JSON.stringify({ records: records.length, summaryRows: summary.rows.length, pages }, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
