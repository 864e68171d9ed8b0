/**
 * The name-matching benchmark (SPEC §8). For each register size it builds a synthetic register, plants look-alikes
 * with known answers, and measures the project's matcher against fuse.js and brute-force Levenshtein in the same
 * process. Progress goes to stderr; the last line on stdout is one JSON object (the largest size at top level,
 * every size under `runs`).
 *
 *   npm run bench                      # 10,000 and 100,000 names
 *   BENCH_SIZES=10000 npm run bench    # quick run
 */
import os from 'node:os';
import { auditNames, NameIndex } from '../src/core/names';
import { scoreAudit, scorePeer, scoreProject, type VerdictMatch } from './benchScores';
import { buildWorkload, type BenchQuery, type Workload } from './benchWorkload';
import { latencyOf, timeEach, type Latency } from './latencyStats';
import { bruteForceSearch, fuseSearch, type PeerSearch } from './peerSearches';
import { classFigures } from './classTargets';
import { ALL_PLANTED_KINDS } from './plantedNames';
import { measurePaneLatency } from '../test/e2e/measureLatency';
import { measureStoreFigures } from '../test/store/storeFigures';
import { measureCliMemory } from './cliMemory';
import { measurePaneOpen } from './paneOpen';
import { measurePaneOpenInBrowser } from './paneOpenBrowser';

const SEED = Number(process.env.BENCH_SEED ?? 20261008);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
/** Peers are slow on 100k names; they answer this many of the same (shuffled) queries. */
const PEER_QUERIES = Number(process.env.BENCH_PEER_QUERIES ?? 200);
const TOP_K = 5;
const PLANTED_PER_KIND = 72; // 41 kinds → about 2,900 planted names
const UNRELATED = 2000; // enough for a false-warning rate to ±0.3 %
/** Untimed look-ups first, enough that every path of the matcher is compiled before the timed passes. */
const WARMUP = 2000;
/** Queries whose every prefix is timed as well, as if typed one character at a time. */
const TYPED_QUERIES = 300;
/**
 * The project's lookups are timed in this many passes and the pass with the median p99 is reported, so one burst
 * of load from another process on a shared machine does not decide the tail.
 */
const PROJECT_PASSES = 3;

function progress(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

/** JS heap and the typed arrays outside it (the index's postings), in MB, after full collections. */
function memoryMb(): { heap: number; arrays: number } {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed / 1024 / 1024, arrays: arrayBuffers / 1024 / 1024 };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The pinyin, traditional→simplified and place dictionaries load on first use: once per process, not per build. */
function loadDictionaries(): number {
  const start = process.hrtime.bigint();
  new NameIndex().query('深圳市格林電子有限公司');
  return elapsedMs(start);
}

function measureProject(workload: Workload) {
  const before = memoryMb();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const index = new NameIndex();
  workload.bases.forEach((name, row) => index.add(String(row), name));
  const buildMs = elapsedMs(start);
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  const buildCpuMs = cpuMsSince(cpu);
  const after = memoryMb();
  const memory = { heap: after.heap - before.heap, arrays: after.arrays - before.arrays };

  const lookup = (name: string): VerdictMatch[] =>
    index.query(name, TOP_K).map((match) => ({ row: Number(match.id), verdict: match.verdict }));
  workload.warmup.forEach(lookup);
  const passes = Array.from({ length: PROJECT_PASSES }, () => timeEach(workload.queries.map((q) => q.name), lookup));
  const latencies = passes.map((pass) => latencyOf(pass.micros));
  const median = [...latencies].sort((a, b) => a.p99_us - b.p99_us)[Math.floor(PROJECT_PASSES / 2)];
  const prefixes = workload.queries.slice(0, TYPED_QUERIES).flatMap((q) => {
    const characters = [...q.name];
    return characters.map((_, i) => characters.slice(0, i + 1).join(''));
  });
  const typed = timeEach(prefixes, lookup);
  return {
    buildMs,
    buildCpuMs,
    memory,
    latency: { ...median, passes_p99_us: latencies.map((l) => l.p99_us) },
    typing: latencyOf(typed.micros),
    typedPrefixes: prefixes.length,
    results: passes[0].results,
  };
}

function measurePeer(peer: PeerSearch, workload: Workload, queries: readonly BenchQuery[]) {
  workload.warmup.slice(0, 20).forEach((name) => peer.topK(name, TOP_K));
  const timed = timeEach(queries.map((q) => q.name), (name) => peer.topK(name, TOP_K));
  return { latency: latencyOf(timed.micros), score: scorePeer(queries, timed.results) };
}

function ratio(peer: Latency, project: Latency, key: keyof Latency): number {
  return round(peer[key] / project[key], 0);
}

function runSize(size: number) {
  progress(`${size}: generating names`);
  const workload = buildWorkload({ size, perKind: PLANTED_PER_KIND, unrelated: UNRELATED, warmup: WARMUP, seed: SEED });
  const peerQueries = workload.queries.slice(0, PEER_QUERIES);

  progress(`${size}: project index + ${workload.queries.length} lookups`);
  const project = measureProject(workload);
  const projectScore = scoreProject(workload.queries, project.results);
  const projectOnPeerQueries = scoreProject(peerQueries, project.results.slice(0, PEER_QUERIES));
  progress(`${size}: project p50 ${project.latency.p50_us} µs, p99 ${project.latency.p99_us} µs, recall ${projectScore.recall}`);

  progress(`${size}: audit of ${workload.auditList.length} names`);
  const auditStart = process.hrtime.bigint();
  const auditCpu = process.cpuUsage();
  const groups = auditNames(workload.auditList);
  const auditMs = elapsedMs(auditStart);
  const auditCpuMs = cpuMsSince(auditCpu);
  const audit = scoreAudit(workload.queries, workload.auditRowOfQuery, groups);
  const { kinds: _auditKinds, ...auditSummary } = audit;
  progress(`${size}: audit ${round(auditMs, 0)} ms (cpu ${round(auditCpuMs, 0)} ms), ${groups.length} groups`);

  progress(`${size}: fuse.js index + ${peerQueries.length} lookups`);
  const fuseStart = process.hrtime.bigint();
  const fusePeer = fuseSearch(workload.bases);
  const fuseBuildMs = elapsedMs(fuseStart);
  const fuse = measurePeer(fusePeer, workload, peerQueries);
  progress(`${size}: fuse p99 ${fuse.latency.p99_us} µs, recall ${fuse.score.recall}`);

  progress(`${size}: brute-force Levenshtein, ${peerQueries.length} lookups`);
  const brute = measurePeer(bruteForceSearch(workload.bases), workload, peerQueries);
  progress(`${size}: brute p99 ${brute.latency.p99_us} µs, recall ${brute.score.recall}`);

  const kinds = Object.fromEntries(
    ALL_PLANTED_KINDS.filter((kind) => projectScore.kinds[kind]).map((kind) => [
      kind,
      {
        ...projectScore.kinds[kind],
        audit: audit.kinds[kind],
        fuse: fuse.score.kinds[kind] ?? { n: 0, found: 0 },
        brute: brute.score.kinds[kind] ?? { n: 0, found: 0 },
      },
    ]),
  );
  const bestPeerRecall = Math.max(fuse.score.recall, brute.score.recall);
  const classes = classFigures(projectScore.kinds);
  // Brand-new names that are nobody's variant: any verdict at all is a false warning.
  const falseWarningRate = projectScore.precision.unrelated_any_match_rate;
  return {
    size,
    queries: { project: workload.queries.length, peers: peerQueries.length, typed_prefixes: project.typedPrefixes, top_k: TOP_K },
    index: {
      build_ms: round(project.buildMs, 0),
      build_cpu_ms: round(project.buildCpuMs, 0),
      fuse_build_ms: round(fuseBuildMs, 0),
      fuse_build_over_project_build: round(fuseBuildMs / project.buildMs, 1),
    },
    heap_mb: round(project.memory.heap),
    array_buffers_mb: round(project.memory.arrays),
    lookup: {
      project: { ...project.latency, recall: projectScore.recall, recall_expected_verdict: projectScore.recall_expected_verdict, recall_on_peer_queries: projectOnPeerQueries.recall },
      typing: project.typing,
      fuse: { ...fuse.latency, recall: fuse.score.recall },
      brute: { ...brute.latency, recall: brute.score.recall },
    },
    ratios: {
      fuse_p99_over_project_p99: ratio(fuse.latency, project.latency, 'p99_us'),
      brute_p99_over_project_p99: ratio(brute.latency, project.latency, 'p99_us'),
      fuse_p50_over_project_p50: ratio(fuse.latency, project.latency, 'p50_us'),
      brute_p50_over_project_p50: ratio(brute.latency, project.latency, 'p50_us'),
    },
    precision: {
      project: projectScore.precision,
      fuse: { hard_negative_base_returned_rate: fuse.score.hard_negative_base_returned_rate, unrelated_any_result_rate: fuse.score.unrelated_any_result_rate },
      brute: { hard_negative_base_returned_rate: brute.score.hard_negative_base_returned_rate, unrelated_any_result_rate: brute.score.unrelated_any_result_rate },
    },
    audit: { n: workload.auditList.length, ms: round(auditMs, 0), cpu_ms: round(auditCpuMs, 0), ...auditSummary },
    false_warning_rate_unrelated: falseWarningRate,
    classes,
    targets: {
      lookup_p99_under_1ms: project.latency.p99_us < 1000,
      lookup_p99_under_1ms_every_pass: project.latency.passes_p99_us.every((p99) => p99 < 1000),
      fuse_100x_slower: fuse.latency.p99_us >= 100 * project.latency.p99_us,
      brute_100x_slower: brute.latency.p99_us >= 100 * project.latency.p99_us,
      recall_above_both_peers: projectOnPeerQueries.recall > bestPeerRecall && projectScore.recall > bestPeerRecall,
      audit_under_2s: auditMs < 2000,
      audit_cpu_under_2s: auditCpuMs < 2000,
      false_warnings_at_most_1pct: falseWarningRate <= 0.01,
      duplicate_tricks_recall_097: classes.duplicate_tricks_recall >= 0.97,
      every_class_at_its_floor: classes.below_floor.length === 0,
    },
    kinds,
  };
}

function printKinds(run: ReturnType<typeof runSize>): void {
  progress(`${run.size}: per kind — n, project found/exact (verdicts), audit grouped/exact, fuse & brute found/n`);
  for (const [kind, k] of Object.entries(run.kinds)) {
    const verdicts = Object.entries(k.verdicts).filter(([, count]) => count > 0).map(([v, count]) => `${v}:${count}`).join(' ');
    progress(
      `  ${kind.padEnd(19)} ${k.expected.padEnd(18)} n=${String(k.n).padStart(3)} found=${String(k.found).padStart(3)} exact=${String(k.exact).padStart(3)}` +
        `  audit=${k.audit.grouped}/${k.audit.exact}  fuse=${k.fuse.found}/${k.fuse.n} brute=${k.brute.found}/${k.brute.n}  [${verdicts}]`,
    );
  }
}

async function main(): Promise<void> {
  if (!globalThis.gc) progress('run with --expose-gc for meaningful heap numbers');
  const loadAtStart = os.loadavg();
  const dictionariesMs = loadDictionaries();
  const runs = SIZES.map((size) => {
    const run = runSize(size);
    printKinds(run);
    return run;
  });
  const largest = runs[runs.length - 1];
  const summary = {
    bench: 'name-matching',
    node: process.version,
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    seed: SEED,
    sizes: SIZES,
    // Loading the matcher's dictionaries, once per process before any build (the pane does it once per open).
    dictionaries_load_ms: round(dictionariesMs, 0),
    // 1, 5 and 15-minute load averages at the start and at the end of the name runs (2 cores: above 2, others wait).
    load_average: { start: loadAtStart.map((l) => round(l, 2)), end: os.loadavg().map((l) => round(l, 2)) },
    ...largest,
    // Every size, without the per-kind detail the top level already has for the largest.
    runs: runs.map(({ kinds: _kinds, ...run }) => run),
    // The shared list on the Graph emulator: requests to load and to sync, and the 20-client race.
    store: await measureStoreFigures(),
    // The register model opening on a large register (store ready → name field usable) and keystroke → verdict.
    paneOpen: await paneOpenFigures(),
    // The task pane in headless Chromium on a 10,000-row register: keystroke → verdict and first paint.
    pane: process.env.BENCH_PANE === '0' ? { skipped: 'BENCH_PANE=0' } : await measurePaneLatency(),
    // Peak resident memory of the built CLI (summary, audit) on a 100,000-row register, xlsx and CSV.
    cli: process.env.BENCH_CLI === '0' ? { skipped: 'BENCH_CLI=0' } : await measureCliMemory(),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});

/** The register model opening, in Node and in headless Chromium: BENCH_OPEN_SIZES=10000 for a quick run; 0 skips. */
async function paneOpenFigures() {
  const sizes = (process.env.BENCH_OPEN_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
  const node = [];
  const chromium = [];
  for (const size of sizes) {
    progress(`pane open: ${size} customers (Node, fake-indexeddb)`);
    node.push(await measurePaneOpen(size));
    progress(`pane open: ${size} customers (headless Chromium, IndexedDB)`);
    chromium.push(await measurePaneOpenInBrowser(size));
  }
  return { node, chromium };
}
