import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import { newerBuiltIns, scriptsIn, syntaxErrors } from './bundleGates';

/**
 * `npm run build` (Excel) against the webviews docs/excel.md declares: WebView2 / WKWebView run ES2019 with
 * our shims; IE11 and EdgeHTML get a plain ES5 message instead of a blank pane. Built once, into a temp folder.
 */
const out = mkdtempSync(join(tmpdir(), 'claim-register-excel-'));

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], {
    cwd: join(__dirname, '../..'),
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const bundles = () => scriptsIn(out).filter((script) => !script.endsWith('unsupportedWebview.js'));

/** Runs the page's ES5 check as a webview with this user agent would, on a page with the pane's #root. */
function openIn(userAgent: string): { root: { innerHTML: string }; flagged: unknown } {
  const root = { innerHTML: '' };
  const window: Record<string, unknown> = {
    navigator: { userAgent },
    document: { readyState: 'complete', getElementById: (id: string) => (id === 'root' ? root : null), body: root },
  };
  window.window = window;
  runInContext(readFileSync(join(out, 'unsupportedWebview.js'), 'utf8'), createContext({ ...window }));
  return { root, flagged: (window as { claimRegisterUnsupportedWebview?: unknown }).claimRegisterUnsupportedWebview };
}

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

describe('npm run build (Excel)', () => {
  test('every bundle parses at ES2019, dependencies included', () => {
    // taskpane (pane + ribbon commands: shared runtime), notice, auth.
    expect(bundles().length).toBeGreaterThanOrEqual(3);
    expect(syntaxErrors(bundles(), 2019)).toEqual([]);
  });

  test('no bundle uses a built-in newer than ES2019 that the shims do not supply', async () => {
    expect(await newerBuiltIns(bundles())).toBe('');
  }, 60_000);

  test('the unsupported-webview check is ES5 and runs before the bundle on the task pane page', () => {
    expect(syntaxErrors([join(out, 'unsupportedWebview.js')], 5)).toEqual([]);
    const page = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?([^>]*)>/g)].map((m) => ({ src: m[1], deferred: /\sdefer/.test(m[2]) || /\sdefer/.test(m[0]) }));
    const check = scripts.findIndex((s) => s.src === 'unsupportedWebview.js');
    const bundle = scripts.findIndex((s) => /^taskpane\.\w+\.js$/.test(s.src));
    expect(check).toBeGreaterThanOrEqual(0);
    // A deferred bundle runs after the page is parsed, so the plain script always runs first.
    expect(scripts[check].deferred).toBe(false);
    expect(check < bundle || scripts[bundle].deferred).toBe(true);
  });

  test.each([['IE11', IE11], ['EdgeHTML', EDGE_HTML]])('%s shows the zh-CN and English message instead of a blank pane', (_name, agent) => {
    const { root } = openIn(agent);
    expect(root.innerHTML).toContain('此版本的 Office 无法运行客户登记册');
    expect(root.innerHTML).toContain('This version of Office cannot run Claim Register');
  });

  test('WebView2 (Chromium Edge) is left alone', () => {
    expect(openIn(WEBVIEW2).root.innerHTML).toBe('');
  });
});
