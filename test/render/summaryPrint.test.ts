/**
 * The printed monthly summary, rendered by LibreOffice: long customer names (20+ characters) and long notes
 * wrap inside their rows instead of running over the next one. The fixture is a real register page
 * (fixtures/long-names-and-notes.csv; fixtures/long-names-and-notes-page3.png is how page 3 looks). In CI the
 * render must run (CI=true fails without soffice); locally it is skipped with a message when soffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { main } from '../../src/cli/main';
import { convertToPdf, overlappingWords, wordBoxes } from './printOverlap';

const FIXTURE = join(__dirname, 'fixtures', 'long-names-and-notes.csv');
const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const canRender = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdftoppm');

if (!canRender && process.env.CI === 'true') {
  test('LibreOffice (soffice) and poppler-utils are installed in CI', () => {
    throw new Error('soffice, pdftotext or pdftoppm is missing: apt-get install libreoffice-calc poppler-utils fonts-noto-cjk fonts-crosextra-carlito');
  });
} else if (!canRender) {
  console.warn('summaryPrint.test.ts skipped: soffice / pdftotext / pdftoppm not installed (apt-get install libreoffice-calc poppler-utils)');
  test.skip('summary prints without overprinting (needs LibreOffice)', () => undefined);
} else {
  describe('the monthly summary rendered to PDF by LibreOffice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-print-'));
    const xlsx = join(dir, 'summary.xlsx');
    let pdf = '';

    beforeAll(async () => {
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const spyErr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        expect(await main(['summary', '--month', '2026-10', FIXTURE, '-o', xlsx])).toBe(0);
      } finally {
        spy.mockRestore();
        spyErr.mockRestore();
      }
      pdf = convertToPdf(xlsx, dir);
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
    }, 180_000);

    test('no text is printed over other text (word boxes of the PDF never overlap)', () => {
      const words = wordBoxes(pdf);
      expect(words.length).toBeGreaterThan(100);
      expect(overlappingWords(words).map(([a, b]) => `p${a.page}: ${a.text} × ${b.text}`)).toEqual([]);
    });

    test('every long name and note is printed whole, wrapped inside its own row', () => {
      // Read column by column (words sharing a left edge, top to bottom), so a wrapped cell reads as one text.
      const inColumns = [...wordBoxes(pdf)].sort((a, b) => a.page - b.page || Math.round(a.xMin) - Math.round(b.xMin) || a.yMin - b.yMin);
      const printed = inColumns.map((w) => w.text).join('').replace(/\s/g, '');
      const fixture = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8'), { skipEmptyLines: true }).data.slice(1);
      const names = fixture.map((row) => row[0]);
      expect(names.filter((name) => name.length >= 20)).toHaveLength(4);
      // A name with spaces is several words with their own left edges; its spaceless parts must all be there.
      for (const part of names.flatMap((name) => name.split(/\s+/))) expect(printed).toContain(part);
      // A clipped note loses characters: every character of the notes must be printed at least as often.
      const count = (text: string) => [...text.replace(/\s/g, '')].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
      const printedCount = count(printed.replace(/&quot;/g, '"'));
      const missing = [...count(fixture.map((row) => row[row.length - 1]).join(''))]
        .filter(([char, times]) => (printedCount.get(char) ?? 0) < times);
      expect(missing).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.startsWith('page-') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    });

    test('cells holding user text carry the text format, so a formula-like name stays text', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsx);
      const cells: ExcelJS.Cell[] = [];
      workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string' && cell.master === cell) cells.push(cell); }));
      const formulaLike = cells.find((cell) => cell.value === '=客户要求先送 2 kg 样品');
      expect(formulaLike?.numFmt).toBe('@');
      expect(cells.filter((cell) => cell.numFmt !== '@').map((cell) => `${cell.address} ${String(cell.value)} ${cell.numFmt}`)).toEqual([]);
    });
  });
}
