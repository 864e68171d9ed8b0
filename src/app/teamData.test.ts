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
