/**
 * Opening the register model (src/app RegisterWorkspace) on a large register, in Node on the same code the
 * pane runs: from the store being ready (seeded and open) to a usable name field (the model open: sheet
 * read and checked, verdicts available), then keystroke → verdict (`lookup` of every prefix typed).
 * Measurements, printed as JSON; no assertions.
 *
 *   node --expose-gc -r ./bench/register-ts.cjs bench/paneOpen.ts [--customers 10000]
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { matcherOf } from '../src/app/nameMatcher';
import * as names from '../src/core/names';
import { RegisterWorkspace } from '../src/app/registerWorkspace';
import type { CalendarDate } from '../src/core/dates/calendarDate';
import { SandboxWorkbook } from '../src/hosts/sandbox/sandboxWorkbook';
import { NEW_REP } from '../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../src/hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../src/store/local/localClaimStore';
import { percentile } from './latencyStats';

const TODAY = '2026-11-02' as CalendarDate;
const TYPED = ['格林.电子', '格林电子（深圳）有限公司', '雅玛西电子', '深圳 格林電子', '东莞新澳涂料', '佛山市成和电器', '华鑫涂料有限公司',
  '惠州市博蓝五金', '嘉信照明（东莞）', '明东机电有限公司惠州分公司', '星科印刷', '江门宏嘉电路板'];

const elapsedMs = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;

export async function measurePaneOpen(customers: number) {
  const team = sampleTeam(TODAY, { customers });
  const store = LocalClaimStore.open(`bench-open-${customers}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  // The pane loads this as its lazy chunk; Node's loader takes the same module directly.
  const workbook = new SandboxWorkbook();
  // A fresh matcher for each open, as a page load has: nothing parsed yet.
  const open = () => RegisterWorkspace.open({
    host: workbook, store, matcher: matcherOf(names), clock: () => new Date(`${TODAY}T04:00:00Z`), newId: () => crypto.randomUUID(), currentUser: NEW_REP,
  });
  // A first open writes the whole register into the empty workbook; the pane then opens on a register sheet.
  let start = process.hrtime.bigint();
  const first = await open();
  await first.settled();
  const firstOpenMs = elapsedMs(start);
  first.dispose();

  start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const workspace = await open();
  const openMs = elapsedMs(start);
  // On a shared machine the wall clock includes other processes' turns; this process's own CPU time does not.
  const used = process.cpuUsage(cpu);
  const openCpuMs = Math.round((used.user + used.system) / 100) / 10;

  const prefixes = TYPED.flatMap((name) => [...name].map((_, i) => [...name].slice(0, i + 1).join('')));
  for (const prefix of prefixes) workspace.lookup(prefix);
  const micros = prefixes.map((prefix) => {
    const at = process.hrtime.bigint();
    workspace.lookup(prefix);
    return Number(process.hrtime.bigint() - at) / 1e3;
  }).sort((a, b) => a - b);
  workspace.dispose();
  return {
    customers,
    openMs,
    openCpuMs,
    firstOpenWritingSheetMs: firstOpenMs,
    keystrokeToVerdict: { keystrokes: micros.length, p50_ms: round(percentile(micros, 0.5) / 1e3), p95_ms: round(percentile(micros, 0.95) / 1e3), max_ms: round(micros[micros.length - 1] / 1e3) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

if (require.main === module) {
  const at = process.argv.indexOf('--customers');
  const customers = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  measurePaneOpen(customers).then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
