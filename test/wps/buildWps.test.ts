import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { name, version } from '../../package.json';
import { createFakeEt } from '../hosts/wpsFake';
import { newerBuiltIns, scriptsIn, shimsCoverTheirFeatures, syntaxErrors } from '../hosts/bundleGates';

/**
 * `npm run build:wps` produces what WPS installs: the add-in folder (entry page, ribbon.xml, task pane) and
 * publish.xml, install.bat and online/publish.xml beside it. The build runs once, into a temporary directory.
 */
const out = mkdtempSync(join(tmpdir(), 'claim-register-wps-'));
const folder = join(out, `${name}_${version}`);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function xml(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

/** The scripts an HTML page of the build loads, by file name. */
function scriptsOf(page: string): string[] {
  return [...readFileSync(join(folder, page), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

/** Every attribute of ribbon.xml that names a callback (onLoad, onAction, getLabel …), with its value. */
function callbacksOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => callbacksOf(child, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/^(on[A-Z]|get[A-Z])/.test(key) && typeof value === 'string') found.push(value);
      else callbacksOf(value, found);
    }
  }
  return found;
}

function buttonsOf(ribbon: Record<string, unknown>): { id: string }[] {
  const tab = (ribbon.customUI as { ribbon: { tabs: { tab: { group: { button: { id: string }[] } } } } }).ribbon.tabs.tab;
  return tab.group.button;
}

/** Runs the entry page's script as WPS would: a window with WPS's Application, and nothing from Node. */
function loadEntryPage({ application = true } = {}): Record<string, unknown> {
  const [script] = scriptsOf('index.html');
  const fake = createFakeEt();
  const href = pathToFileURL(join(folder, 'index.html')).href;
  const scriptUrl = pathToFileURL(join(folder, script)).href;
  const window: Record<string, unknown> = {
    ...(application ? { Application: fake.application } : {}),
    location: { href },
    document: { currentScript: { tagName: 'SCRIPT', src: scriptUrl }, getElementsByTagName: () => [] },
    alert: () => undefined,
    console,
    URL,
    setTimeout,
    Promise,
  };
  window.window = window;
  window.self = window;
  runInContext(readFileSync(join(folder, script), 'utf8'), createContext(window));
  return window;
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.wps.config.js', '--mode', 'production'], {
    cwd: join(__dirname, '../..'),
    env: { ...process.env, WPS_OUT_DIR: out },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build:wps', () => {
  test('lays out the folder WPS loads: entry page, ribbon, task pane, icons', () => {
    for (const file of ['index.html', 'ribbon.xml', 'taskpane.html']) expect(existsSync(join(folder, file))).toBe(true);
    for (const page of ['index.html', 'taskpane.html']) {
      const scripts = scriptsOf(page);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(existsSync(join(folder, script))).toBe(true);
    }
  });

  test('ribbon.xml is well-formed and every callback it names exists on the entry script\'s window.ribbon', () => {
    const ribbon = xml(join(folder, 'ribbon.xml'));
    const callbacks = [...new Set(callbacksOf(ribbon))];
    expect(callbacks).toEqual(expect.arrayContaining(['ribbon.OnAddinLoad', 'ribbon.OnAction', 'ribbon.GetLabel']));
    const page = loadEntryPage();
    for (const callback of callbacks) {
      const [object, method] = callback.split('.');
      expect({ callback, type: typeof (page[object] as Record<string, unknown> | undefined)?.[method] }).toEqual({ callback, type: 'function' });
    }
  });

  test('window.ribbon is defined even when WPS has not put Application on the window yet', () => {
    const page = loadEntryPage({ application: false });
    const ribbon = page.ribbon as Record<string, (control: { Id: string }) => unknown>;
    expect(typeof ribbon.OnAction).toBe('function');
    expect(ribbon.GetLabel({ Id: 'btnRegisterPane' })).toBe('登记面板');
  });

  test('the ribbon has the Office group\'s buttons plus 打印, each with a label and an icon that ships', () => {
    const page = loadEntryPage();
    const ribbon = page.ribbon as Record<string, (control: { Id: string }) => string>;
    const labels = buttonsOf(xml(join(folder, 'ribbon.xml'))).map(({ id }) => {
      const image = ribbon.GetImage({ Id: id });
      expect(existsSync(join(folder, image))).toBe(true);
      return ribbon.GetLabel({ Id: id });
    });
    expect(labels).toEqual(['登记面板', '生成月度汇总', '打印设置', '打印']);
  });

  test('offline install as wpsjs writes it: publish.xml names the folder beside it, install.bat copies both into jsaddons', () => {
    const offline = (xml(join(out, 'publish.xml')).jsplugins as { jsplugin: Record<string, string> }).jsplugin;
    // wpsjs 2.2.3 (src/lib/build.js): <jsplugin name type url="<name>_<version>" version enable="enable_dev" install="null" customDomain=""/>
    expect(offline).toEqual({ name, version, type: 'et', url: `${name}_${version}`, enable: 'enable_dev', install: 'null', customDomain: '' });
    expect(existsSync(join(out, offline.url, 'index.html'))).toBe(true);
    const install = readFileSync(join(out, 'install.bat'), 'utf8');
    expect(install).toContain(`set source_folder=${name}_${version}`);
    expect(install).toContain('%APPDATA%\\kingsoft\\wps\\jsaddons');
    expect(install).not.toMatch(/\{\{\w+\}\}/);
  });

  test('online/publish.xml points WPS at the served folder', () => {
    const online = (xml(join(out, 'online', 'publish.xml')).jsplugins as { jspluginonline: Record<string, string> }).jspluginonline;
    expect(online).toMatchObject({ name, type: 'et', enable: 'enable_dev' });
    expect(online.url).toMatch(new RegExp(`^https?://.+/${name}_${version}/$`));
  });

  test('every script parses on WPS\'s Chromium 69 (ES2019: no ?. ?? ??= class fields or static blocks)', () => {
    const scripts = scriptsIn(folder);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(syntaxErrors(scripts, 2019)).toEqual([]);
  });

  test('no script uses a built-in newer than ES2019 that the shims do not supply', async () => {
    expect(shimsCoverTheirFeatures()).toEqual([]);
    expect(await newerBuiltIns(scriptsIn(folder))).toBe('');
  }, 60_000);

  test('the bundles assume nothing newer than WPS\'s Chromium offers: no crypto.randomUUID, no structuredClone', () => {
    const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const code = readFileSync(join(folder, script), 'utf8');
      expect({ script, randomUUID: code.includes('randomUUID'), structuredClone: code.includes('structuredClone') })
        .toEqual({ script, randomUUID: false, structuredClone: false });
    }
  });
});
