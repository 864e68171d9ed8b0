import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/**
 * The production build of the Excel task pane: what taskpane.html loads before the pane paints stays small,
 * and the name matcher (pinyin, traditional→simplified and place dictionaries) is a chunk of its own, fetched
 * after the first paint. The build runs once, into a temporary directory.
 */
const ROOT = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'claim-register-dist-'));
const FIRST_PAINT_LIMIT = 400 * 1024;
/** A place-name suffix only the matcher's dictionaries hold. */
const MATCHER_MARKER = '特别行政区';

jest.setTimeout(300_000);

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], {
    cwd: ROOT, maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const firstPaintScripts = () => [...readFileSync(join(out, 'taskpane.html'), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
  .map((m) => m[1]).filter((src) => !src.startsWith('http'));

test('taskpane.html loads at most 400 KB of gzipped JavaScript before the pane paints', () => {
  const scripts = firstPaintScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src)), { level: 9 }).length, 0);
  console.log(`taskpane first paint: ${scripts.join(', ')} = ${(gzipped / 1024).toFixed(0)} KB gzipped`);
  expect(gzipped).toBeLessThanOrEqual(FIRST_PAINT_LIMIT);
});

test('the name matcher is a separate chunk that the first paint does not contain', () => {
  const scripts = firstPaintScripts();
  const chunks = readdirSync(out).filter((f) => f.endsWith('.js'));
  expect(chunks.some((f) => f.startsWith('name-matcher.'))).toBe(true);
  const holders = chunks.filter((f) => readFileSync(join(out, f), 'utf8').includes(MATCHER_MARKER));
  expect(holders.length).toBeGreaterThan(0);
  for (const script of scripts) expect(holders).not.toContain(script);
});
