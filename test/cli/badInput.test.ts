import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expectCleanMessage, run, scratchFolder } from './cliHarness';

const { dir, file } = scratchFolder();

async function xlsx(name: string, rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户登记');
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const REGISTER = ['客户名称,业务员', '深圳市格林电子有限公司,张三', '雅玛西电子,李四'].join('\n');

describe('--column must name a header', () => {
  const titled = ['2026年客户名单', '序号,客户名称,业务员', '1,深圳市格林电子有限公司,张三'].join('\n');

  test.each([
    ['', '--column 后面应是表头里的列名'],
    ['  ', '--column 后面应是表头里的列名'],
    ['1', '--column “1”是数字'],
    ['２', '是数字'],
  ])('--column %j is refused (exit 1), not used to pick a title or data row as the header', async (column, text) => {
    const { code, stderr } = await run('audit', file('titled.csv', titled), '--column', column, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(text);
    expectCleanMessage(stderr);
  });
});

test('two columns named 客户名称: both named, --column asked for, none checked silently', async () => {
  const csv = ['客户名称,业务员,客户名称', '格林电子,张三,雅玛西电子', '博蓝科技,李四,格林电子'].join('\n');
  for (const argv of [['audit', file('twins.csv', csv)], ['check', '格林电子', '--register', file('twins2.csv', csv)]]) {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(1);
    expect(stderr).toContain('多列都叫“客户名称”：A 列和C 列');
    expect(stderr).toContain('--column');
  }
});

describe('text encodings', () => {
  test('one invalid byte in a UTF-8 CSV keeps UTF-8 and names the row, instead of GB18030 mojibake', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name,rep\n深圳市格林电子有限公司,张三\n雅玛西电子,李四\nbad'), Buffer.from([0xff]), Buffer.from('row,王五\n'),
    ]);
    const { code, stdout, stderr } = await run('check', '深圳市格林电子有限公司', '--register', file('stray.csv', bytes), '--column', 'name');
    expect(code).toBe(1);
    expect(stdout).not.toContain('可以登记');
    expect(stderr).toContain('按 UTF-8 读取时有无法识别的字节，在第 4 行');
  });

  test('a GB18030 file with a byte GB18030 cannot decode names the row', async () => {
    const gbk = Buffer.from('BFCDBBA7C3FBB3C60AB8F1C1D6B5E7D7D30AB80A', 'hex'); // 客户名称 / 格林电子 / a lone lead byte
    const { code, stderr } = await run('audit', file('gbk-bad.csv', gbk));
    expect(code).toBe(1);
    expect(stderr).toContain('按 GB18030 读取时有无法识别的字节，在第 3 行');
  });

  test('NUL bytes are refused with their row', async () => {
    const bytes = Buffer.concat([Buffer.from('客户名称\n格林电子\n雅玛'), Buffer.from([0]), Buffer.from('西\n')]);
    const { code, stderr } = await run('audit', file('nul.csv', bytes));
    expect(code).toBe(1);
    expect(stderr).toContain('文件第 3 行含有空字节');
  });

  const UNICODE_TEXT = '客户名称\t业务员\r\n深圳市格林电子有限公司\t张三\r\n格林.电子\t李四\r\n';

  test("UTF-16 LE with BOM, tab-separated (Excel's Unicode 文本) is read", async () => {
    const bytes = Buffer.from(`\ufeff${UNICODE_TEXT}`, 'utf16le');
    const { code, stdout } = await run('audit', file('unicode.txt', bytes), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ rows: 2, groups: [{ kind: 'duplicate', rows: [1, 2], reason: expect.any(String) }] });
  });

  test('UTF-16 BE with BOM is read', async () => {
    const bytes = Buffer.from(`\ufeff${UNICODE_TEXT}`, 'utf16le').swap16();
    const { code, stdout } = await run('check', '格林电子', '--register', file('unicode-be.csv', bytes), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).matches.map((m: { row: number }) => m.row)).toEqual([1, 2]);
  });
});

describe('xlsx cell kinds', () => {
  test('a damaged or truncated .xlsx is refused with a message, not a crash', async () => {
    const { code, stderr } = await run('audit', file('damaged.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)])));
    expect([code, stderr]).toEqual([1, expect.stringContaining('无法读取表格')]);
    expectCleanMessage(stderr);
  });

  test('formula cells without a cached value are reported as unreadable, never "[object Object]" duplicates', async () => {
    const path = await xlsx('formulas.xlsx', [
      ['客户名称', '业务员'], [{ formula: 'C2' } as ExcelJS.CellFormulaValue, '张三'], [{ formula: 'C3' } as ExcelJS.CellFormulaValue, '李四'], ['雅玛西电子', '王五'],
    ]);
    for (const argv of [['audit', path, '--json'], ['check', '雅玛西电子', '--register', path]]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('客户名称列有 2 个单元格读不出内容（表格第 2、3 行');
      expect(stderr).not.toContain('[object Object]');
    }
  });

  test('cached formula results, rich text, hyperlinks, numbers and dates are read as their text', async () => {
    const path = await xlsx('kinds.xlsx', [
      ['客户名称', '拜访日期'],
      [{ formula: 'UPPER("x")', result: '深圳市格林电子有限公司' }, new Date(Date.UTC(2026, 9, 8))],
      [{ richText: [{ text: '格林' }, { font: { bold: true }, text: '电子' }] }, 46303],
      [{ text: '格林.电子', hyperlink: 'https://example.com' }, '2026/10/8'],
      [{ sharedFormula: 'A2', result: '雅玛西电子' } as unknown as ExcelJS.CellValue, null],
    ]);
    const { code, stdout } = await run('audit', path, '--json');
    expect(code).toBe(0);
    expect(stdout).not.toContain('object');
    expect(JSON.parse(stdout).groups).toEqual([{ kind: 'duplicate', rows: [1, 2, 3], reason: expect.any(String) }]);
  });

  test('an error value (#N/A) in the name column is unreadable; in summary the row is reported and left out', async () => {
    const path = await xlsx('errors.xlsx', [
      ['客户名称', '业务员', '拜访日期'], [{ error: '#N/A' } as ExcelJS.CellErrorValue, '张三', '2026-10-08'], ['雅玛西电子', '李四', '2026-10-09'],
      ['博蓝科技', '王五', { formula: 'TODAY()' } as ExcelJS.CellFormulaValue],
    ]);
    const audit = await run('audit', path);
    expect([audit.code, audit.stderr]).toEqual([1, expect.stringContaining('表格第 2 行')]);
    const summary = await run('summary', '--month', '2026-10', path, '-o', join(dir, 'errors-summary.xlsx'));
    expect(summary.code).toBe(0);
    expect(summary.stderr).toContain('表格第 2 行无法读取，未计入汇总：客户名称是错误值');
    expect(summary.stderr).toContain('表格第 4 行无法读取，未计入汇总：拜访日期是没有计算结果的公式');
    expect(summary.stderr).toContain('共 3 行客户，1 行计入汇总，2 行无法读取。');
  });
});

describe('summary dates', () => {
  const SPELLINGS = [
    '2026/10/8', '2026.10.8', '2026-10-08', '2026-10-8', '2026年10月8日', '2026年10月8号', '二〇二六年十月八日', '46303',
    '20261008', '２０２６／１０／８', '2026/10/8 9:30',
  ];
  const AMBIGUOUS = ['8/10/2026', '10/8/2026', '26-10-8', '10月8日', '2026108'];

  test('every spelling Chinese teams type is counted; ambiguous ones are reported, never guessed', async () => {
    const rows = [...SPELLINGS, ...AMBIGUOUS].map((date, i) => `客户${String.fromCharCode(0x4e00 + i * 7)}电子,张三,${date}`);
    const path = file('spellings.csv', ['客户名称,业务员,拜访日期', ...rows].join('\n'));
    const out = join(dir, 'spellings.xlsx');
    const { code, stderr } = await run('summary', '--month', '2026-10', path, '-o', out);
    expect(code).toBe(0);
    const total = SPELLINGS.length + AMBIGUOUS.length;
    expect(stderr).toContain(`共 ${total} 行客户，${SPELLINGS.length} 行计入汇总，${AMBIGUOUS.length} 行无法读取。`);
    AMBIGUOUS.forEach((date, i) => {
      expect(stderr).toContain(`表格第 ${SPELLINGS.length + i + 2} 行无法读取，未计入汇总：拜访日期：“${date}”`);
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => { if (/^客户.电子$/.test(String(cell.value))) names.push(String(cell.value)); }));
    expect(new Set(names).size).toBe(SPELLINGS.length);
  });

  test('a long register (past the header-search rows) is read by the columns found in its header', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 1},${i % 2 ? '张三' : '李四'},备注${i},客户${String.fromCharCode(0x4e00 + i * 11)}科技,${i < 50 ? '2026/10/8' : '8/10/2026'}`);
    const path = file('long.csv', ['序号,业务员,跟进情况,客户名称,拜访日期', ...rows].join('\n'));
    const { code, stderr } = await run('summary', '--month', '2026-10', path, '-o', join(dir, 'long.xlsx'));
    expect(code).toBe(0);
    expect(stderr).toContain('共 60 行客户，50 行计入汇总，10 行无法读取。');
    expect(stderr).toContain('表格第 61 行无法读取');
  });

  test('a file without dates warns that the summary is empty', async () => {
    const { code, stderr } = await run('summary', '--month', '2026-10', file('nodates.csv', REGISTER), '-o', join(dir, 'nodates.xlsx'));
    expect(code).toBe(0);
    expect(stderr).toContain('表格里没有可用的日期');
    expect(stderr).toContain('共 2 行客户，2 行计入汇总，0 行无法读取。');
  });
});
