import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { matcherOf } from '../src/app/nameMatcher';
import * as names from '../src/core/names';
import { LocalClaimStore } from '../src/store/local/localClaimStore';
import { seedAndWriteSheet, openWorkspace } from '../bench/paneOpenMeasure';
import { SandboxWorkbook } from '../src/hosts/sandbox/sandboxWorkbook';
import * as sync from '../src/app/sheetSync';
(async () => {
  const store = LocalClaimStore.open('x', { indexedDB: new IDBFactory(), IDBKeyRange });
  const seeded = await seedAndWriteSheet(store, 3000, matcherOf(names));
  const orig = sync.syncSheet;
  (sync as any).syncSheet = orig;
  const wb = new SandboxWorkbook(seeded.snapshot);
  const ws = await openWorkspace(store, wb, matcherOf(names));
  let n=0;
  for (const c of (ws as any).team.customers.values()) {
    const placed = ws.rows.placed(c.record.dedupeKey);
    if (!placed) { console.log('unplaced', c.record.name); continue; }
    if (JSON.stringify(placed.record) !== JSON.stringify(c.record) && n++ < 3) { const a: any = placed.record, b: any = c.record; for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) console.log(k, JSON.stringify(a[k]), JSON.stringify(b[k])); }
  }
  console.log('diff', n);
})();
