import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { matcherOf } from '../src/app/nameMatcher';
import * as names from '../src/core/names';
import { LocalClaimStore } from '../src/store/local/localClaimStore';
import { seedAndWriteSheet, openWorkspace } from '../bench/paneOpenMeasure';
import { SandboxWorkbook } from '../src/hosts/sandbox/sandboxWorkbook';
import { RowMarks } from '../src/app/rowMarks';
(async () => {
  const store = LocalClaimStore.open('x', { indexedDB: new IDBFactory(), IDBKeyRange });
  const seeded = await seedAndWriteSheet(store, 3000, matcherOf(names));
  const wb = new SandboxWorkbook(seeded.snapshot);
  const t0 = performance.now();
  const check = RowMarks.prototype.check;
  RowMarks.prototype.check = async function (...a: any[]) { console.log('check start', a[0].size, a[3], performance.now() - t0); await (check as any).apply(this, a); console.log('check end', performance.now() - t0); };
  for (const m of ['readTable', 'onSheetChanged', 'markRows', 'writeRange'] as const) {
    if (m === 'writeRange') { const g = (wb as any)[m].bind(wb); (wb as any)[m] = async (...a: any[]) => { console.log('WR', a[1], a[2], JSON.stringify(a[3]).slice(0, 300), new Error().stack?.split('\n').slice(2, 6).join(' | ')); return g(...a); }; continue; }
    const f = (wb as any)[m].bind(wb);
    (wb as any)[m] = async (...a: any[]) => { console.log(m, performance.now() - t0); return f(...a); };
  }
  const ws = await openWorkspace(store, wb, matcherOf(names));
  console.log('open', performance.now() - t0);
  await ws.settled();
  console.log('settled', performance.now() - t0);
})();
