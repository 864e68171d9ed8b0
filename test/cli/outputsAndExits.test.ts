import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectCleanMessage, run, scratchFolder } from './cliHarness';

const { dir, file } = scratchFolder();
const MONTH = ['客户名称,业务员,拜访日期', '深圳市格林电子有限公司,张三,2026-10-08', '雅玛西电子,李四,2026-10-09'].join('\n');

describe('summary never overwrites what the user owns', () => {
  test('-o equal to the input is refused, by the same path, a relative path and a symbolic link', async () => {
    const input = file('reg.csv', MONTH);
    symlinkSync(input, join(dir, 'link.csv'));
    for (const out of [input, relative(process.cwd(), input), join(dir, 'link.csv'), join(dir, '.', 'reg.csv')]) {
      const { code, stderr } = await run('summary', '--month', '2026-10', input, '-o', out, '--force');
      expect(code).toBe(1);
      expect(stderr).toContain('就是要读取的文件，不能覆盖它');
    }
    expect(readFileSync(input, 'utf8')).toBe(MONTH);
  });

  test('an existing output is replaced only with --force, through a temporary file that does not stay behind', async () => {
    const input = file('month.csv', MONTH);
    const out = file('summary.xlsx', 'my own notes');
    const refused = await run('summary', '--month', '2026-10', input, '-o', out);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('已存在。要替换它请加 --force')]);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    const forced = await run('summary', '--month', '2026-10', input, '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('-o naming a folder, or a file in a missing folder, says so in Chinese', async () => {
    const input = file('month2.csv', MONTH);
    mkdirSync(join(dir, 'out'));
    const folder = await run('summary', '--month', '2026-10', input, '-o', join(dir, 'out'));
    expect([folder.code, folder.stderr]).toEqual([1, expect.stringContaining('是一个文件夹')]);
    expectCleanMessage(folder.stderr);
    const missing = await run('summary', '--month', '2026-10', input, '-o', join(dir, 'nowhere', 'x.xlsx'));
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('找不到输出文件所在的文件夹')]);
    expectCleanMessage(missing.stderr);
  });
});

describe('exit codes as the README says: usage 2, user error 1', () => {
  test.each([
    [['audit'], '请指定要读取的文件'],
    [['check'], '请输入要查重的客户名称'],
    [['check', '格林电子'], '--register'],
    [['summary', '--month', '2026-10'], '请指定要读取的文件'],
    [['summary', '--month', '2026-10', 'x.csv'], '请用 -o 指定输出文件'],
  ])('missing arguments %j exit 2 with the usage', async (argv, text) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
    expect(stderr).toContain('用法：');
  });

  test.each(['...', '', '（）', '   '])('check %j is a user error: no letters to check', async (name) => {
    const { code, stdout, stderr } = await run('check', name, '--register', file('reg3.csv', MONTH));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('里没有汉字、字母或数字，无法查重');
  });
});

describe('the built command in a pipe', () => {
  beforeAll(() => execFileSync('npm', ['run', '--silent', 'build:cli']));

  test('`audit big.csv | head -1` ends quietly, without an EPIPE stack trace', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `${i % 2 ? '深圳市' : ''}测试${i >> 1}号电子有限公司`);
    writeFileSync(join(dir, 'big.csv'), ['客户名称', ...rows].join('\n'));
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `node bin/claim-register.js audit '${join(dir, 'big.csv')}' | head -1`], { encoding: 'utf8' });
    expect(result.stdout.trim()).toMatch(/^共 4000 行，发现 2\d{3} 组重复或相关的客户。$/);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
