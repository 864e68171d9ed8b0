/**
 * The browser half of paneOpenBrowser.ts, bundled for headless Chromium: the register model over the real
 * IndexedDB. `?phase=seed&customers=N` seeds the store, writes the register sheet and keeps the workbook in
 * IndexedDB (as the sandbox keeps its "file"); `?phase=open&customers=N`, on a fresh page load (cold, as a rep
 * opening the pane), opens the store, then measures the open and keystroke → verdict. The result goes to
 * `window.__paneOpen`.
 */
import { matcherOf } from '../src/app/nameMatcher';
import * as names from '../src/core/names';
import { WorkbookStorage } from '../src/hosts/sandbox/workbookStorage';
import { LocalClaimStore } from '../src/store/local/localClaimStore';
import { measureOpen, seedAndWriteSheet, type LongTasks } from './paneOpenMeasure';

declare global {
  interface Window {
    __paneOpen?: { ok: true; figures: object } | { ok: false; error: string };
    /** The renderer's CPU time so far (ms), read by the runner through the DevTools protocol. */
    __rendererCpuMs?: () => Promise<number>;
  }
}

const WORKBOOK = 'register';

async function run(): Promise<object> {
  const params = new URLSearchParams(location.search);
  const customers = Number(params.get('customers'));
  const store = LocalClaimStore.open(`bench-open-${customers}`);
  const workbooks = new WorkbookStorage(`bench-open-${customers}-workbook`);
  if (params.get('phase') === 'seed') {
    const seeded = await seedAndWriteSheet(store, customers, matcherOf(names));
    await workbooks.save(WORKBOOK, seeded.snapshot);
    return { seedMs: seeded.seedMs, firstOpenWritingSheetMs: seeded.firstOpenWritingSheetMs };
  }
  // The store is ready once its database is open; the workbook stands for the host's open file.
  let start = performance.now();
  await store.db.open();
  const storeOpenMs = performance.now() - start;
  start = performance.now();
  const snapshot = await workbooks.load(WORKBOOK);
  if (!snapshot) throw new Error('seed the register first (phase=seed)');
  const workbookLoadMs = performance.now() - start;
  const opened = await measureOpen(store, snapshot, matcherOf(names), window.__rendererCpuMs, observeLongTasks());
  return { storeOpenMs: Math.round(storeOpenMs), workbookLoadMs: Math.round(workbookLoadMs), ...opened };
}

/** The page's long tasks from now on (PerformanceObserver 'longtask'): those overlapping a span, by length. */
function observeLongTasks(): LongTasks {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return (from, to) => {
    tasks.push(...observer.takeRecords());
    return tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from).map((t) => t.duration);
  };
}

run().then(
  (figures) => { window.__paneOpen = { ok: true, figures }; },
  (error: unknown) => { window.__paneOpen = { ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }; },
);
