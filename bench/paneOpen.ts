/**
 * Opening the register model on a large register, in Node: the code the pane runs over a fake-indexeddb store
 * (far slower than a browser's IndexedDB; paneOpenBrowser.ts measures that) and the sandbox workbook. Wall
 * clock and this process's CPU time (steadier on a shared machine). Measurements, printed as JSON.
 *
 *   node --expose-gc -r ./bench/register-ts.cjs bench/paneOpen.ts [--customers 10000] [--profile open.cpuprofile]
 *
 * `--profile` writes a CPU profile of the measured open alone (not the seeding), for Chrome DevTools.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { matcherOf } from '../src/app/nameMatcher';
import * as names from '../src/core/names';
import { LocalClaimStore } from '../src/store/local/localClaimStore';
import { measureOpen, seedAndWriteSheet } from './paneOpenMeasure';

export async function measurePaneOpen(customers: number, profilePath?: string) {
  const store = LocalClaimStore.open(`bench-open-${customers}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  // A fresh matcher for each open, as a page load has: nothing parsed yet.
  const seeded = await seedAndWriteSheet(store, customers, matcherOf(names));
  globalThis.gc?.();
  const profiler = profilePath ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const opened = await measureOpen(store, seeded.snapshot, matcherOf(names), cpuMs);
  if (profiler && profilePath) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
    profiler.disconnect();
  }
  store.close();
  return {
    benchmark: 'register model open in Node (fake-indexeddb)',
    customers, ...opened,
    seedMs: seeded.seedMs,
    firstOpenWritingSheetMs: seeded.firstOpenWritingSheetMs,
  };
}

/** This process's CPU time (user + system) in ms: on a shared machine the wall clock includes others' turns. */
async function cpuMs(): Promise<number> {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (require.main === module) {
  measurePaneOpen(Number(argument('customers') ?? 10_000), argument('profile')).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
