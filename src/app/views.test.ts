import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../core/register/customerRecord';
import { formatMessage } from '../i18n/message';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import type { Activity } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { board } from './board';
import { collisionLog } from './collisionLog';
import { myCustomers } from './myCustomers';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

const TODAY = '2026-11-02' as CalendarDate;
const d = (date: string) => date as CalendarDate;

function record(fields: Partial<CustomerRecord>): CustomerRecord {
  return { ...emptyCustomerRecord(), dedupeKey: fields.name ?? '', ...fields };
}

describe('the board', () => {
  const roster = [
    { name: '王芳', department: '销售一部', isManager: false, hireDate: d('2022-01-01') },
    { name: '杨磊', department: '销售二部', isManager: false, hireDate: d('2023-01-01') },
  ];
  const records = [
    record({ name: '甲', rep: '王芳', department: '销售一部', status: 'visit', visitDate: d('2026-10-20') }),
    record({ name: '乙', rep: '王芳', department: '销售一部', status: 'sample', visitDate: d('2026-10-01'), sampleDate: d('2026-10-25'), sampleModel: 'BL-466' }),
    record({ name: '丙', rep: '杨磊', department: '销售二部', status: 'deal', dealDate: d('2026-10-10') }),
    record({ name: '丁', rep: '杨磊', department: '销售二部', status: 'phone', firstContactDate: TODAY }),
    record({ name: '戊', rep: '王芳', department: '销售一部', status: 'released', visitDate: d('2026-07-01') }),
  ];

  test('has the proposal\'s two zones (latest first), today\'s entries and the month\'s ranking', () => {
    const view = board(records, roster, { department: null, rep: null }, TODAY);
    expect(view.visitedOrSampled.map((r) => r.name)).toEqual(['乙', '甲']);
    expect(view.cooperating.map((r) => r.name)).toEqual(['丙']);
    expect(view.today.map((r) => r.name)).toEqual(['丁']);
    expect(view.ranking.map((r) => r.item.rep)).toEqual(['王芳', '杨磊']);
  });

  test.each([
    [{ department: '销售二部', rep: null }, [], ['丙']],
    [{ department: null, rep: '王芳' }, ['乙', '甲'], []],
  ])('filters by department and rep (%o)', (filter, open, deals) => {
    const view = board(records, roster, filter, TODAY);
    expect(view.visitedOrSampled.map((r) => r.name)).toEqual(open);
    expect(view.cooperating.map((r) => r.name)).toEqual(deals);
    expect(view.ranking.every((r) => !filter.rep || r.item.rep === filter.rep)).toBe(true);
  });
});

describe('the collision log', () => {
  const activity = (id: string, kind: Activity['kind'], date: string, extra: Partial<Activity> = {}): Activity => ({
    id, kind, dedupeKey: id, customerName: id, actor: '刘洋', rep: '王芳', previousRep: '', date: d(date), detail: '', ...extra,
  });

  test('lists collisions, transfers and forced registrations newest first, and nothing else', () => {
    const log = collisionLog([
      activity('a', 'collision', '2026-10-01'),
      activity('b', 'visit', '2026-10-02'),
      activity('c', 'transfer', '2026-10-03', { previousRep: '李娜', detail: '久攻不下' }),
      activity('d', 'claim', '2026-10-03', { previousRep: '王芳', detail: '客户指定' }),
      activity('e', 'claim', '2026-10-04'),
      activity('f', 'collision', '2026-10-03'),
    ]);
    expect(log.map((a) => a.id)).toEqual(['f', 'd', 'c', 'a']);
  });

  test('an old force-claim stored as a transfer plus its 强制登记 shows as one entry; a lone handover transfer still shows', () => {
    const forced = { dedupeKey: 'k', previousRep: '王芳', rep: '赵敏', detail: '客户指定赵敏对接' };
    const log = collisionLog([
      activity('edit-1:handover', 'transfer', '2026-10-05', forced),
      activity('edit-1:1', 'claim', '2026-10-05', forced),
      activity('edit-1:0', 'sample', '2026-10-05', { dedupeKey: 'k', rep: '赵敏' }),
      // A handover whose 强制登记 never reached the log (the second write failed): the transfer did happen.
      activity('edit-2:handover', 'transfer', '2026-10-06', { ...forced, dedupeKey: 'm' }),
      // Today's force-claim: one line.
      activity('edit-3', 'claim', '2026-10-07', { ...forced, dedupeKey: 'n' }),
    ]);
    expect(log.map((a) => [a.id, a.kind])).toEqual([['edit-3', 'claim'], ['edit-2:handover', 'transfer'], ['edit-1:1', 'claim']]);
  });
});

describe('my customers', () => {
  test('the new rep sees the quota, 紧密 customers first, and the customer handed over with its opening line', async () => {
    const store = LocalClaimStore.open('mine', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedStore(store, sampleTeam(TODAY, { customers: 150 }));
    const workspace = await RegisterWorkspace.open({
      host: new SandboxWorkbook(), store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`),
      newId: () => 'id', currentUser: '刘洋',
    });
    // The handover script quotes the former owner's sample: a contact line, read after the open.
    await workspace.wholeHistory();
    const view = myCustomers(workspace, '刘洋', '博蓝科技');
    expect(view.quota).toBe(30);
    expect(view.closeCount).toBe(view.held.filter((h) => h.tier === 'close').length);
    expect(view.held[0].tier).toBe('close');
    const [handover] = view.handovers;
    expect(handover).toMatchObject({ formerRep: '李娜' });
    expect(handover.record.name).toBe('东莞市恒耀五金制品有限公司');
    expect(handover.script!.map((m) => formatMessage(m)).join('')).toBe(
      '您好，梁经理，我是博蓝科技的，我了解到我公司之前有业务员李娜联系过您，并在45天前给您送过BL-466的样品，不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？');
    workspace.dispose();
  });
});
