/**
 * Render check of the CLI's own summary file (a script, not a unit test): writes a register .xlsx from the sample
 * month, runs `claim-register summary --month 2026-10` on it (the streaming writer), converts the output to PDF
 * with LibreOffice and to PNG pages with pdftoppm, and prints each page's size and the file's page setup.
 *
 *   npm run build:cli && npx esbuild test/render/renderCliSummary.ts --bundle --platform=node --packages=external \
 *     --outfile=artifacts/renderCliSummary.cjs && node artifacts/renderCliSummary.cjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { recordToRow } from '../../src/core/register/registerRow';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME } from '../../src/core/register/registerSchema';
import { sampleRecords } from './sampleMonth';

const ARTIFACTS = 'artifacts';

async function main(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const register = new ExcelJS.Workbook();
  const sheet = register.addWorksheet(REGISTER_SHEET_NAME);
  sheet.addRow(REGISTER_COLUMNS.map((c) => c.header));
  for (const record of sampleRecords()) {
    sheet.addRow(recordToRow(record));
  }
  const input = join(ARTIFACTS, 'cli-register.xlsx');
  const output = join(ARTIFACTS, 'cli-summary-2026-10.xlsx');
  await register.xlsx.writeFile(input);
  execFileSync('node', ['bin/claim-register.js', 'summary', '--month', '2026-10', input, '-o', output, '--force'], { stdio: 'inherit' });
  const readBack = new ExcelJS.Workbook();
  await readBack.xlsx.readFile(output);
  const { fitToPage, scale } = readBack.worksheets[0].pageSetup;
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, output], { stdio: 'inherit' });
  const base = 'cli-summary-2026-10';
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))) rmSync(join(ARTIFACTS, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', join(ARTIFACTS, `${base}.pdf`), join(ARTIFACTS, base)]);
  const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png')).sort();
  console.log(JSON.stringify({ fitToPage, scale, pages }, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
