import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, scratchFolder } from './cliHarness';

const { dir, file } = scratchFolder();

const TRICKS_CSV = [
  '序号,客户名称,业务员,状态',
  '1,深圳市格林电子有限公司,张三,送样',
  '2,格林.电子,李四,电话',
  '3,雅玛西电子,王五,合作',
  '4,"格林电子（深圳）有限公司",赵六,拜访',
  '5,华为技术有限公司,张三,拜访',
  '6,华为技术有限公司深圳分公司,李四,电话',
  '7,格林电了,钱七,电话',
  '8,"博蓝科技, 有限公司",孙八,电话',
  '9,博蓝科技,张三,电话',
  '10,"=HYPERLINK(""http://x"")",李四,电话',
].join('\r\n');

describe('claim-register audit', () => {
  test('--json prints exactly the contract of SPEC §9', async () => {
    const { code, stdout } = await run('audit', file('tricks.csv', TRICKS_CSV), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      rows: 10,
      groups: [
        { kind: 'duplicate', rows: [1, 2, 4], reason: expect.stringContaining('去掉标点') },
        { kind: 'possible-duplicate', rows: [1, 2, 4, 7], reason: '字号相同，行业词打错一个字（格林电子 / 格林电了）' },
        { kind: 'branch', rows: [5, 6], reason: '分支机构（深圳分公司）' },
        { kind: 'duplicate', rows: [8, 9], reason: expect.stringContaining('有限公司') },
      ],
    });
  });

  test('reads GB18030 CSV as saved by Chinese Excel, and a UTF-8 BOM', async () => {
    const utf8 = await run('audit', file('bom.csv', `\ufeff${TRICKS_CSV}`), '--json');
    // 客户名称,业务员 / 格林电子,张三 / 格林.电子,李四 in GBK bytes.
    const gbk = Buffer.from('BFCDBBA7C3FBB3C62CD2B5CEF1D4B10AB8F1C1D6B5E7D7D32CD5C5C8FD0AB8F1C1D62EB5E7D7D32CC0EECBC40A', 'hex');
    const gb = await run('audit', file('gbk.csv', gbk), '--json');
    expect(JSON.parse(utf8.stdout).rows).toBe(10);
    expect(JSON.parse(gb.stdout)).toEqual({ rows: 2, groups: [{ kind: 'duplicate', rows: [1, 2], reason: '去掉标点、空格后相同' }] });
  });

  test('reads .xlsx with a title row above the header and --column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['2026年客户名单']);
    sheet.addRow(['编号', '公司', '销售']);
    sheet.addRow([1, '雅玛西电子有限公司', '王五']);
    sheet.addRow([2, '雅瑪西電子', '李四']);
    const path = join(dir, 'list.xlsx');
    await workbook.xlsx.writeFile(path);
    const detected = await run('audit', path, '--json');
    expect(JSON.parse(detected.stdout)).toEqual({ rows: 2, groups: [{ kind: 'duplicate', rows: [1, 2], reason: expect.stringContaining('繁简体不同') }] });
    const named = await run('audit', path, '--column', '公司', '--json');
    expect(JSON.parse(named.stdout).groups).toHaveLength(1);
  });

  test('the human report names rows of the sheet and reasons in Chinese', async () => {
    const { stdout } = await run('audit', file('tricks2.csv', TRICKS_CSV));
    expect(stdout).toContain('【同一客户】第 1、2、4 行');
    expect(stdout).toContain('第 2 行（表格第 3 行）：格林.电子');
  });
});

describe('claim-register check', () => {
  test('lists look-alikes with owner and status', async () => {
    const { code, stdout } = await run('check', '格林/电子', '--register', file('reg.csv', TRICKS_CSV));
    expect(code).toBe(0);
    expect(stdout).toContain('【同一客户】第 1 行 深圳市格林电子有限公司 · 业务员 张三 · 状态 送样');
  });

  test('--json and a clear name', async () => {
    const { stdout } = await run('check', '泰山涂料', '--register', file('reg2.csv', TRICKS_CSV), '--json');
    expect(JSON.parse(stdout)).toEqual({ query: '泰山涂料', key: '泰山涂料', matches: [] });
  });

  test('the key shown is the one the name would be registered under: another city\'s 安博 gets its own', async () => {
    const register = file('anbo.csv', ['客户名称,业务员', '广州安博股份有限公司,张三'].join('\n'));
    const other = JSON.parse((await run('check', '上海市安博', '--register', register, '--json')).stdout) as { key: string; matches: { verdict: string }[] };
    expect(other.key).toBe('安博·上海');
    expect(other.matches.map((m) => m.verdict)).toEqual(['branch']);
    const same = JSON.parse((await run('check', '广州.安博', '--register', register, '--json')).stdout) as { key: string };
    expect(same.key).toBe('安博');
  });
});

describe('claim-register summary', () => {
  test('writes a print-ready workbook for the month', async () => {
    const csv = ['客户名称,业务员,部门,拜访日期,送样日期,样品型号,合作日期,状态',
      '深圳市格林电子有限公司,张三,一部,2026-10-08,2026-10-15,BL-466,,送样',
      '雅玛西电子,李四,二部,,,,2026/10/20,合作'].join('\n');
    const out = join(dir, 'summary.xlsx');
    const { code, stdout } = await run('summary', '--month', '2026-10', file('month.csv', csv), '-o', out);
    expect(code).toBe(0);
    expect(stdout).toContain('2026年10月汇总');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('2026年10月汇总')!;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    // Written by the streaming writer: print titles and area still reach the workbook's defined names.
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(sheet.pageSetup.printArea).toMatch(/^A1:J\d+$/);
    const text: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.text))));
    expect(text.join(' ')).toContain('深圳市格林电子有限公司');
    expect(text.join(' ')).toContain('BL-466');
  });
});

describe('user errors exit 1 with a Chinese message and no stack trace', () => {
  test.each([
    [['audit', '/no/such/file.csv'], '找不到文件'],
    [['audit', 'package.json'], '无法读取表格'],
    [['summary', '--month', '2026-13', 'x.csv', '-o', 'y.xlsx'], '月份“2026-13”格式不对'],
  ])('%j', async (argv, text) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(1);
    expect(stderr).toContain(text);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test('a file that only pretends to be .xlsx', async () => {
    const { code, stderr } = await run('audit', file('fake.xlsx', 'just text'));
    expect([code, stderr.trim()]).toEqual([1, expect.stringContaining('无法读取表格')]);
  });

  test('a sheet without a name column', async () => {
    const { code, stderr } = await run('audit', file('nonames.csv', '日期,金额\n2026-10-01,5\n'));
    expect(code).toBe(1);
    expect(stderr).toContain('找不到客户名称列');
  });

  test('unknown commands and options are usage errors (exit 2)', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('audit', '--bogus')).code).toBe(2);
  });
});

describe('the installed command', () => {
  test('npx claim-register audit runs the bundled CLI', () => {
    execFileSync('npm', ['run', '--silent', 'build:cli']);
    const result = spawnSync('npx', ['--no-install', 'claim-register', 'audit', file('npx.csv', TRICKS_CSV), '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).rows).toBe(10);
  });
});
