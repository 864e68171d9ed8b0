import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Activity, ActivityKind } from '../../src/store/claimStore';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { TODAY } from './storeFixtures';

const KINDS: ActivityKind[] = ['phone', 'visit', 'claim', 'sample', 'transfer', 'deal', 'release', 'collision'];

/** A log longer than a page, its lines' seq numbers interleaved with other rows' (as customers' edits take seqs too). */
async function storeWithLog(lines: number): Promise<{ store: LocalClaimStore; log: Activity[] }> {
  const store = LocalClaimStore.open('log-pages', { indexedDB: new IDBFactory(), IDBKeyRange });
  const log = Array.from({ length: lines }, (_, i): Activity => ({
    id: `line-${String(i).padStart(5, '0')}`, kind: KINDS[i % KINDS.length], dedupeKey: `客户${i % 97}`, customerName: `客户${i % 97}`,
    actor: '张三', rep: '张三', previousRep: '', date: TODAY, detail: '',
  }));
  // Ids in reverse order of seq, so a read by id would show in the wrong order.
  await store.db.activities.bulkAdd(log.map((a, i) => ({ ...a, id: `z${lines - i}-${a.id}`, seq: 3 * i + 1 })));
  await store.db.meta.put({ name: 'seq', value: 3 * lines });
  return { store, log: log.map((a, i) => ({ ...a, id: `z${lines - i}-${a.id}` })) };
}

test('the whole log is read a page at a time, in the order it was written, up to the opening', async () => {
  const { store, log } = await storeWithLog(1234);
  const opening = await store.changes(null, { contactsLater: true });
  expect(opening.activities.map((a) => a.id)).toEqual(log.filter((a) => !['phone', 'visit', 'sample', 'deal'].includes(a.kind)).map((a) => a.id));
  await store.appendActivity({ ...log[0], id: 'after-the-opening' });
  const pages: Activity[][] = [];
  for await (const page of opening.wholeLog!) pages.push(page);
  expect(pages.length).toBeGreaterThan(1);
  expect(Math.max(...pages.map((page) => page.length))).toBeLessThanOrEqual(500);
  expect(pages.flat()).toEqual(log);
  store.close();
});

test('without contactsLater the opening sends the whole log at once', async () => {
  const { store, log } = await storeWithLog(40);
  const opening = await store.changes(null);
  expect(opening.wholeLog).toBeUndefined();
  expect(opening.activities).toEqual(log);
  store.close();
});
