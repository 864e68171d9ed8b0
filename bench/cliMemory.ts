/**
 * Peak resident memory of the built command line on a 100,000-row register (issue 15: summary and audit within
 * 500 MB; audit of a CSV within 300 MB). Each command runs in its own process under /usr/bin/time -v, which
 * reports the child's maximum resident set size.
 *
 *   npm run build:cli && node -r ./bench/register-ts.cjs bench/cliMemory.ts     # this part alone
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SyntheticCompanies } from './syntheticNames';

const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const SEED = 20261015;
const HEADER = ['序号', '客户名称', '业务员', '部门', '联系人', '联系电话', '首次联系日期', '拜访日期', '送样日期', '样品型号', '合作日期', '状态', '跟进情况'];
const REPS = Array.from({ length: 40 }, (_, i) => [`业务员${i + 1}`, `华南业务${(i % 4) + 1}部`]);
const NOTES = ['客户试样中，下周回访', '要求报价，已发邮件', '样品效果好，等待下单；质量部要求做盐雾试验，报告出来后才会走采购流程', '对价格敏感', ''];

function registerRows(): (string | number)[][] {
  const companies = new SyntheticCompanies(SEED);
  const { random } = companies;
  const day = () => `2026-${random.chance(0.3) ? '10' : '09'}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return Array.from({ length: ROWS }, (_, i) => {
    const [rep, department] = REPS[i % REPS.length];
    const visit = random.chance(0.7) ? day() : '';
    const sample = visit && random.chance(0.4) ? day() : '';
    const deal = sample && random.chance(0.3) ? day() : '';
    return [i + 1, companies.next().name, rep, department, '陈先生', `0755-${20000000 + i}`, day(), visit, sample,
      sample ? 'BL-466' : '', deal, deal ? '合作' : sample ? '送样' : visit ? '拜访' : '电话', random.pick(NOTES)];
  });
}

export async function writeRegisterForBench(dir: string): Promise<{ xlsx: string; csv: string }> {
  const rows = registerRows();
  const xlsx = join(dir, 'register.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = workbook.addWorksheet('客户登记');
  sheet.addRow(HEADER).commit();
  for (const row of rows) sheet.addRow(row).commit();
  await workbook.commit();
  const csv = join(dir, 'register.csv');
  const out = createWriteStream(csv);
  out.write(`${HEADER.join(',')}\n`);
  for (const row of rows) out.write(`${row.join(',')}\n`);
  await new Promise((resolve) => out.end(resolve));
  return { xlsx, csv };
}

interface ProcessFigures {
  exit: number | null;
  max_rss_mb: number;
  seconds: number;
}

function measure(args: string[]): ProcessFigures {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, 'bin/claim-register.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { exit: result.status, max_rss_mb: Math.round(kb / 1024), seconds: Math.round(seconds * 10) / 10 };
}

export async function measureCliMemory() {
  execFileSync('npm', ['run', '--silent', 'build:cli']);
  const dir = mkdtempSync(join(tmpdir(), 'cli-memory-'));
  try {
    const { xlsx, csv } = await writeRegisterForBench(dir);
    const figures = {
      rows: ROWS,
      command: '/usr/bin/time -v node bin/claim-register.js <args> (maximum resident set size)',
      summary_xlsx: measure(['summary', '--month', '2026-10', xlsx, '-o', join(dir, 'summary-x.xlsx')]),
      summary_csv: measure(['summary', '--month', '2026-10', csv, '-o', join(dir, 'summary-c.xlsx')]),
      audit_xlsx: measure(['audit', xlsx, '--json']),
      audit_csv: measure(['audit', csv, '--json']),
    };
    const within = (f: ProcessFigures, mb: number) => f.exit === 0 && f.max_rss_mb <= mb;
    return {
      ...figures,
      targets: {
        summary_under_500mb: within(figures.summary_xlsx, 500) && within(figures.summary_csv, 500),
        audit_under_500mb: within(figures.audit_xlsx, 500) && within(figures.audit_csv, 500),
        audit_csv_under_300mb: within(figures.audit_csv, 300),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measureCliMemory().then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`), (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
