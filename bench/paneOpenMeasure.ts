/**
 * What the pane-open benchmarks measure, shared by the Node run (fake-indexeddb, paneOpen.ts) and the browser
 * run (real IndexedDB in headless Chromium, paneOpenBrowser.ts): the register model (src/app RegisterWorkspace)
 * opening on a seeded store and a register sheet, then keystroke → verdict on the opened model.
 * No Node or DOM APIs here: `performance.now()` exists in both.
 */
import type { NameMatcher } from '../src/app/nameMatcher';
import { RegisterWorkspace } from '../src/app/registerWorkspace';
import type { CalendarDate } from '../src/core/dates/calendarDate';
import { SandboxWorkbook, type WorkbookSnapshot } from '../src/hosts/sandbox/sandboxWorkbook';
import { NEW_REP } from '../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../src/hosts/sandbox/seed/seedStore';
import type { LocalClaimStore } from '../src/store/local/localClaimStore';
import { percentile } from './latencyStats';

export const OPEN_TODAY = '2026-11-02' as CalendarDate;

/** Names a rep types, each timed prefix by prefix: trick variants, look-alikes, branches and new companies. */
const TYPED = ['格林.电子', '格林电子（深圳）有限公司', '雅玛西电子', '深圳 格林電子', '东莞新澳涂料', '佛山市成和电器', '华鑫涂料有限公司',
  '惠州市博蓝五金', '嘉信照明（东莞）', '明东机电有限公司惠州分公司', '星科印刷', '江门宏嘉电路板', '宁波银成木业', '中山市辉腾家居',
  '恒耀五金制品', '苏州锦航科技', '厦门市誉鑫电源', '珠海晟博家具', '广州市兴成光电', '盛银瑞光电'];
/** Typed before the timed names (after the first keystroke), so the JIT has seen lookups — none of the timed answers. */
const WARM_UP = ['深圳市光明五金', '东莞市长安模具厂', '佛山顺德家电'];

const round = (ms: number) => Math.round(ms * 100) / 100;

export function openWorkspace(store: LocalClaimStore, workbook: SandboxWorkbook, matcher: NameMatcher): Promise<RegisterWorkspace> {
  return RegisterWorkspace.open({
    host: workbook, store, matcher, clock: () => new Date(`${OPEN_TODAY}T04:00:00Z`), newId: () => crypto.randomUUID(), currentUser: NEW_REP,
  });
}

/**
 * Seeds the sample team of `customers` into an empty store and opens the register once on an empty workbook
 * (which writes the whole register sheet); returns the workbook as that first open left it, and how long it took.
 */
export async function seedAndWriteSheet(store: LocalClaimStore, customers: number, matcher: NameMatcher) {
  let start = performance.now();
  await seedStore(store, sampleTeam(OPEN_TODAY, { customers }));
  const seedMs = performance.now() - start;
  const workbook = new SandboxWorkbook();
  start = performance.now();
  const first = await openWorkspace(store, workbook, matcher);
  await first.settled();
  const firstOpenWritingSheetMs = performance.now() - start;
  first.dispose();
  return { snapshot: workbook.snapshot(), seedMs: round(seedMs), firstOpenWritingSheetMs: round(firstOpenWritingSheetMs) };
}

/**
 * Opens the register on a workbook that holds it: `openMs` is from the store being ready to a usable name
 * field (the model open resolved: lookups and decisions answer), `wholeHistoryMs` until the log's calls and
 * visits are read too (a click waits for them), `settledMs` until the live check has marked
 * every row too (`cpuMs`, when given, reads the CPU time this process (Node) or the page's renderer
 * process (Chromium) has used, for `openCpuMs`: steadier on a shared machine). Then keystroke → verdict: every prefix
 * of the typed names looked up as the pane's name field does on each keystroke; and the first click on 登记拜访
 * (the rules' decision, which needs every rep's 紧密 count) right after the open.
 */
export async function measureOpen(
  store: LocalClaimStore, snapshot: WorkbookSnapshot, matcher: NameMatcher, cpuMs?: () => Promise<number>, longTasks?: LongTasks,
) {
  const workbook = new SandboxWorkbook(snapshot);
  const cpuStart = await cpuMs?.();
  const start = performance.now();
  const workspace = await openWorkspace(store, workbook, matcher);
  const openMs = performance.now() - start;
  const openCpuMs = cpuMs && cpuStart !== undefined ? round((await cpuMs()) - cpuStart) : null;
  // As the pane's name field does on each keystroke.
  const answer = (text: string) => {
    workspace.noteKeystroke();
    return workspace.lookup(text);
  };
  let settledMs: number | null = null;
  let wholeHistoryMs: number | null = null;
  // The calls and visits follow the open (a click made meanwhile waits for them): when the log is whole.
  void workspace.wholeHistory().then(() => { wholeHistoryMs = performance.now() - start; });
  const settled = workspace.settled().then(() => { settledMs = performance.now() - start; });
  const first = performance.now();
  answer(TYPED[0].slice(0, 1));
  const firstKeystrokeMs = performance.now() - first;
  // The rep types at once, while the live check still marks the rows in the background.
  const whileSettling = await typeAtHumanPace(TYPED.slice(0, 8).flatMap(prefixesOf), answer, () => settledMs !== null, longTasks);
  await settled;
  for (const name of WARM_UP) prefixesOf(name).forEach(answer);
  const samples = TYPED.flatMap(prefixesOf).map((prefix) => {
    const at = performance.now();
    answer(prefix);
    return performance.now() - at;
  }).sort((a, b) => a - b);
  const click = performance.now();
  workspace.decide(TYPED[0], { kind: 'visit' });
  const firstDecisionMs = performance.now() - click;
  const customers = workspace.records().length;
  workspace.dispose();
  return {
    customersOpened: customers,
    openMs: round(openMs),
    openCpuMs,
    wholeHistoryMs: round(wholeHistoryMs ?? Number.NaN),
    settledMs: round(settledMs ?? Number.NaN),
    firstDecisionMs: round(firstDecisionMs),
    keystrokeToVerdict: {
      firstKeystrokeMs: round(firstKeystrokeMs), keystrokes: samples.length, p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)),
      max_ms: round(samples[samples.length - 1]), targetP95Ms: 50,
    },
    keystrokeToVerdictWhileSettling: whileSettling,
  };
}

/** The page's tasks of 50 ms or more (the browser's long tasks) that overlap a time span: their lengths. */
export type LongTasks = (from: number, to: number) => number[];

/** Milliseconds between keystrokes of a rep typing a name. */
const KEYSTROKE_GAP_MS = 40;

/**
 * Types `prefixes` one every KEYSTROKE_GAP_MS from now, as events would arrive: each latency runs from when the
 * keystroke was due to its answer, so time spent waiting behind background work counts. Only keystrokes made
 * before the live check settled are kept. The slowest say when they were due (ms after typing began) and, in a
 * browser, the long tasks meanwhile show whether the page was busy or the machine did not run it.
 */
async function typeAtHumanPace(prefixes: readonly string[], answer: (text: string) => unknown, isSettled: () => boolean, longTasks?: LongTasks) {
  const timed: { dueMs: number; ms: number }[] = [];
  const begin = performance.now();
  for (const [i, prefix] of prefixes.entries()) {
    const due = begin + i * KEYSTROKE_GAP_MS;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    if (isSettled()) break;
    answer(prefix);
    timed.push({ dueMs: round(due - begin), ms: round(performance.now() - due) });
  }
  const samples = timed.map(({ ms }) => ms).sort((a, b) => a - b);
  return {
    keystrokes: samples.length, p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)),
    max_ms: round(samples[samples.length - 1] ?? Number.NaN), targetP95Ms: 50,
    slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3),
    ...(longTasks && { longTasksMs: longTasks(begin, performance.now()).map(round) }),
  };
}

function prefixesOf(name: string): string[] {
  const characters = [...name];
  return characters.map((_, i) => characters.slice(0, i + 1).join(''));
}
