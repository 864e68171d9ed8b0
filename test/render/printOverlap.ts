import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A word as pdftotext -bbox places it on its page, in points from the top left. */
export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Converts with a private LibreOffice profile, so a render running beside another soffice does not wait for it. */
export function convertToPdf(xlsx: string, outDir: string): string {
  execFileSync('soffice', [
    `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx,
  ], { stdio: 'ignore', timeout: 120_000 });
  const pdf = readdirSync(outDir).find((name) => name.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  return join(outDir, pdf);
}

export function wordBoxes(pdf: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: WordBox[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, text: m[5], xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return words;
}

/** Text printed over other text: two words on a page whose boxes share more than a sliver (tolerance in points). */
export function overlappingWords(words: WordBox[], tolerance = 0.5): [WordBox, WordBox][] {
  const overlaps: [WordBox, WordBox][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let k = i + 1; k < words.length; k++) {
      const a = words[i];
      const b = words[k];
      if (a.page !== b.page) continue;
      const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const tall = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (wide > tolerance && tall > tolerance) overlaps.push([a, b]);
    }
  }
  return overlaps;
}
