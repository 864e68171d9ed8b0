import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord } from '../core/register/customerRecord';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { TeamData } from './teamData';

const TODAY = '2026-11-02' as CalendarDate;
const context = (editId: string) => ({ editId, today: TODAY });

test('a customer moved to its stored key: the old key is gone, its history follows, the move is reported', async () => {
  const store = LocalClaimStore.open('team-data-rekey', { indexedDB: new IDBFactory(), IDBKeyRange });
  const record = { ...emptyCustomerRecord(), name: '上海市安博', dedupeKey: '上海安博', rep: '李四', status: 'visit' as const, visitDate: TODAY };
  await store.claim(record, { name: '李四' }, context('c1'));
  await store.appendActivity({
    id: 'v1', kind: 'visit', dedupeKey: '上海安博', customerName: '上海市安博', actor: '李四', rep: '李四', previousRep: '', date: TODAY, detail: '',
  });
  const team = new TeamData();
  await team.refresh(store);
  expect(team.activitiesOf('上海安博').map((a) => a.kind)).toEqual(['claim', 'visit']);

  await store.rekeyCustomer({ from: '上海安博', to: '安博·上海' }, { name: '李四' }, context('r1'));
  const changes = await team.refresh(store);
  expect(changes.rekeyed).toEqual([{ from: '上海安博', to: '安博·上海' }]);
  expect([...team.customers.keys()]).toEqual(['安博·上海']);
  expect(team.activitiesOf('安博·上海').map((a) => a.kind)).toEqual(['claim', 'visit', 'rekey']);
  expect(team.activitiesOf('上海安博')).toEqual([]);
  expect(team.activities.every((a) => a.dedupeKey === '安博·上海')).toBe(true);
  store.close();
});

test('an opening reads the contact lines later: the log is then whole, in the order it was written, with what came since', async () => {
  const store = LocalClaimStore.open('team-data-later', { indexedDB: new IDBFactory(), IDBKeyRange });
  const line = (id: string, kind: 'visit' | 'phone' | 'transfer', rep = '李四') => ({
    id, kind, dedupeKey: '上海安博', customerName: '上海市安博', actor: rep, rep, previousRep: '', date: TODAY, detail: '',
  });
  const record = { ...emptyCustomerRecord(), name: '上海市安博', dedupeKey: '上海安博', rep: '李四', status: 'visit' as const, visitDate: TODAY };
  await store.claim(record, { name: '李四' }, context('c1'));
  await store.appendActivity(line('v1', 'visit'));
  await store.appendActivity(line('t1', 'transfer', '王五'));
  await store.appendActivity(line('p1', 'phone', '王五'));
  const team = new TeamData();
  await team.refresh(store, { contactsLater: true });
  expect(team.historyComplete).toBe(false);
  expect(team.activities.map((a) => a.id)).toEqual(['c1', 't1']);

  await store.appendActivity(line('p2', 'phone', '王五'));
  await team.refresh(store);
  expect(team.activitiesOf('上海安博').map((a) => a.id)).toEqual(['c1', 't1', 'p2']);

  await Promise.all([team.completeHistory(), team.completeHistory()]);
  expect(team.historyComplete).toBe(true);
  expect(team.activities.map((a) => a.id)).toEqual(['c1', 'v1', 't1', 'p1', 'p2']);
  expect(team.activitiesOf('上海安博').map((a) => a.id)).toEqual(['c1', 'v1', 't1', 'p1', 'p2']);
  // Lines read since are not read twice.
  expect((await team.refresh(store)).activitiesAdded).toBe(0);
  store.close();
});
