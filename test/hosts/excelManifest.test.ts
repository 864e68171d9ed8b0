import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * What can be checked about manifest.xml without the network (Microsoft's validator, `npx office-addin-manifest
 * validate manifest.xml`, calls an online service): well-formed, the elements Office requires in schema order,
 * the ribbon, names in both languages, icons that exist at their stated sizes, URLs that the build serves.
 */
const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
type Node = Record<string, unknown>;
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (name) =>
  ['bt:Image', 'bt:Url', 'bt:String', 'Control', 'Set', 'Override', 'bt:Override', 'AppDomain', 'Host'].includes(name) }).parse(xml) as Node;
const app = tree.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;
const workbook = ((overrides.Hosts as Node).Host as Node[])[0];
const desktop = workbook.DesktopFormFactor as Node;
const group = (((desktop.ExtensionPoint as Node).OfficeTab as Node).Group) as Node;
const controls = group.Control as Node[];

const list = (section: string, item: string) => ((resources[section] as Node)[item] as Node[]);
const strings = [...list('bt:ShortStrings', 'bt:String'), ...list('bt:LongStrings', 'bt:String')];
const byId = new Map<string, Node>([...list('bt:Images', 'bt:Image'), ...list('bt:Urls', 'bt:Url'), ...strings].map((n) => [n['@id'] as string, n]));
const zh = (id: string) => ((byId.get(id)?.['bt:Override'] as Node[] | undefined) ?? []).find((o) => o['@Locale'] === 'zh-CN')?.['@Value'];
const resid = (node: unknown) => (node as Node)['@resid'] as string;

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('is well-formed and reads as an Excel task-pane add-in', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    // Office's own reader (office-addin-manifest), in plain Node: its ES-module dependencies do not load under Jest.
    const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))";
    const info = JSON.parse(execFileSync(process.execPath, ['-e', script, join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' }));
    expect(info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Workbook'], defaultLocale: 'en-US', permissions: 'ReadWriteDocument' });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('has the elements Office requires, in the schema\'s order', () => {
    const required = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const order = [...xml.matchAll(/^ {2}<(\w+)/gm)].map((m) => m[1]);
    expect(order).toEqual(required);
  });

  test('asks for ExcelApi 1.9 (page layout, getTables) and SharedRuntime 1.1', () => {
    expect((app.Requirements as Node).Sets).toMatchObject({
      Set: [{ '@Name': 'ExcelApi', '@MinVersion': '1.9' }, { '@Name': 'SharedRuntime', '@MinVersion': '1.1' }],
    });
  });

  test('runs pane, ribbon commands and sheet events in one long-lived runtime, and the pane can open with the file', () => {
    const runtime = (workbook.Runtimes as Node).Runtime as Node;
    expect(runtime).toMatchObject({ '@lifetime': 'long' });
    expect(resid(runtime)).toBe('Taskpane.Url');
    expect(resid(desktop.FunctionFile)).toBe('Taskpane.Url');
    const pane = controls.find((c) => c['@id'] === 'ClaimRegister.OpenPane')!;
    expect((pane.Action as Node).TaskpaneId).toBe('Office.AutoShowTaskpaneWithDocument');
  });

  test('puts a 客户登记 group on the Home tab with 登记面板, 生成月度汇总 and 打印设置, English by default', () => {
    expect((desktop.ExtensionPoint as Node)['@xsi:type']).toBe('PrimaryCommandSurface');
    expect(((desktop.ExtensionPoint as Node).OfficeTab as Node)['@id']).toBe('TabHome');
    expect(zh(resid(group.Label))).toBe('客户登记');
    expect(controls.map((c) => [zh(resid(c.Label)), byId.get(resid(c.Label))?.['@DefaultValue']])).toEqual([
      ['登记面板', 'Register Pane'], ['生成月度汇总', 'Monthly Summary'], ['打印设置', 'Print Setup'],
    ]);
    expect(controls.map((c) => (c.Action as Node)['@xsi:type'])).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction']);
    expect(zh('DisplayName')).toBeUndefined();
    expect(((app.DisplayName as Node).Override as Node[])[0]).toEqual({ '@Locale': 'zh-CN', '@Value': '客户登记册' });
  });

  test('its ribbon functions are the ones the function file registers', () => {
    const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const registered = [...commands.matchAll(/Office\.actions\.associate\('(\w+)'/g)].map((m) => m[1]);
    const named = controls.filter((c) => (c.Action as Node).FunctionName).map((c) => (c.Action as Node).FunctionName);
    expect(named).toEqual(registered);
  });

  test('every resource it refers to is defined, and strings fit Office\'s limits', () => {
    const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of referenced) expect(byId.has(id)).toBe(true);
    for (const s of list('bt:ShortStrings', 'bt:String')) expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(125);
    for (const s of list('bt:LongStrings', 'bt:String')) expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(250);
    for (const s of strings) expect(zh(s['@id'] as string)).toBeTruthy();
  });

  test('every icon exists in assets/ at the size it is declared for', () => {
    const images: [string, number][] = list('bt:Images', 'bt:Image').map((i) => [i['@DefaultValue'] as string, Number((i['@id'] as string).split('.')[1].split('x')[0])]);
    images.push([(app.IconUrl as Node)['@DefaultValue'] as string, 32], [(app.HighResolutionIconUrl as Node)['@DefaultValue'] as string, 64]);
    for (const [url, size] of images) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('all its URLs are https on one origin and name pages the build writes', async () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => new URL(m[1]));
    const own = urls.filter((u) => u.hostname !== 'login.microsoftonline.com');
    expect(new Set(own.map((u) => u.origin))).toEqual(new Set(['https://localhost:3000']));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: { userOptions?: { filename?: string } }[] }>;
    const config = await configure({}, { mode: 'production' });
    const pages = config.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    for (const page of own.map((u) => u.pathname.slice(1)).filter((p) => p.endsWith('.html'))) expect(pages).toContain(page);
    expect(pages).toContain('notice.html');
  });
});
