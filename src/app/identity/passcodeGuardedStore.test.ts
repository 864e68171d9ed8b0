import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../core/dates/calendarDate';
import { emptyCustomerRecord } from '../../core/register/customerRecord';
import type { WorkbookSettings } from '../../hosts/spreadsheetHost';
import { LocalClaimStore } from '../../store/local/localClaimStore';
import { ManagerPasscode } from './managerPasscode';
import { PasscodeGuardedStore } from './passcodeGuardedStore';

const TODAY = '2026-10-08' as CalendarDate;
const MANAGER = { name: '张伟', department: '销售部', isManager: true, hireDate: null };
const REP = { name: '刘洋', department: '销售一部', isManager: false, hireDate: null };
let n = 0;
const edit = () => ({ editId: `e${(n += 1)}`, today: TODAY });

function settings(): WorkbookSettings {
  const values = new Map<string, unknown>();
  return { get: async <T>(k: string) => (values.get(k) as T) ?? null, set: async (k, v) => { values.set(k, v); } };
}

describe('local mode: picking 张伟（经理）under 我是 gives no manager powers without the passcode', () => {
  test('transfer, roster and rules are refused until the pane is unlocked; a rep\'s own claim passes', async () => {
    const local = LocalClaimStore.open(`guarded-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const passcode = new ManagerPasscode(settings());
    await passcode.set('经理口令123', '经理口令123');
    passcode.lock();
    const store = new PasscodeGuardedStore(local, passcode);
    // Setting the team up (no manager yet) is open, as before.
    expect((await store.putRosterEntry(MANAGER, { name: MANAGER.name }, edit())).ok).toBe(true);
    expect((await store.putRosterEntry(REP, { name: MANAGER.name }, edit()))).toMatchObject({ ok: false, reason: { key: 'identity.passcode.locked' } });

    const record = { ...emptyCustomerRecord(), name: '格林电子', dedupeKey: '格林电子', rep: MANAGER.name, status: 'visit' as const };
    expect((await store.claim(record, { name: MANAGER.name }, edit())).ok).toBe(true);
    const row = await store.getCustomer('格林电子');
    expect(await store.transferCustomer({ dedupeKey: '格林电子', toRep: REP.name, reason: '调岗', expectedVersion: row!.version }, { name: MANAGER.name }, edit()))
      .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'identity.passcode.locked' } });
    expect(await store.saveSettings({ protectDays: 1 }, null, { name: MANAGER.name }, edit())).toMatchObject({ ok: false, reason: { key: 'identity.passcode.locked' } });
    expect(await store.claim({ ...record, name: '雅玛西', dedupeKey: '雅玛西', rep: REP.name }, { name: MANAGER.name }, edit()))
      .toMatchObject({ ok: false, reason: { key: 'identity.passcode.locked' } });
    // Nor can a 强制登记 line ride along with an edit the manager's name may otherwise make.
    const context = edit();
    const forced = { id: `${context.editId}:0`, kind: 'claim' as const, dedupeKey: '格林电子', customerName: '格林电子', actor: MANAGER.name,
      rep: MANAGER.name, previousRep: REP.name, date: TODAY, detail: '客户指定' };
    expect(await store.updateCustomer({ ...row!.record, remarks: '改' }, row!.version, { name: MANAGER.name }, context, [forced]))
      .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'identity.passcode.locked' } });
    expect((await store.listActivities('格林电子')).map((a) => a.kind)).toEqual(['claim']);

    expect((await passcode.unlock('经理口令123')).ok).toBe(true);
    expect((await store.putRosterEntry(REP, { name: MANAGER.name }, edit())).ok).toBe(true);
    expect(await store.transferCustomer({ dedupeKey: '格林电子', toRep: REP.name, reason: '调岗', expectedVersion: row!.version }, { name: MANAGER.name }, edit()))
      .toMatchObject({ ok: true, customer: { record: { rep: REP.name } } });
    local.close();
  }, 20_000);
});

describe('the key migration through the guarded store', () => {
  test('a rep\'s own row moves; a colleague\'s needs the unlocked pane', async () => {
    const local = LocalClaimStore.open(`guarded-rekey-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const passcode = new ManagerPasscode(settings());
    await passcode.set('经理口令123', '经理口令123');
    passcode.lock();
    await local.putRosterEntry(MANAGER, { name: MANAGER.name }, edit());
    await local.putRosterEntry(REP, { name: MANAGER.name }, edit());
    const store = new PasscodeGuardedStore(local, passcode);
    const row = (name: string, dedupeKey: string) => ({ ...emptyCustomerRecord(), name, dedupeKey, rep: REP.name, status: 'visit' as const });
    await local.claim(row('上海市安博', '上海安博'), { name: REP.name }, edit());
    await local.claim(row('深圳市和顺光电', '深圳和顺光电'), { name: REP.name }, edit());

    expect(await store.rekeyCustomer({ from: '上海安博', to: '安博·上海' }, { name: MANAGER.name }, edit()))
      .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'identity.passcode.locked' } });
    expect(await store.rekeyCustomer({ from: '上海安博', to: '安博·上海' }, { name: REP.name }, edit())).toMatchObject({ ok: true });
    expect((await passcode.unlock('经理口令123')).ok).toBe(true);
    expect(await store.rekeyCustomer({ from: '深圳和顺光电', to: '和顺光电' }, { name: MANAGER.name }, edit())).toMatchObject({ ok: true });
    expect((await local.listCustomers()).map((c) => c.record.dedupeKey).sort()).toEqual(['和顺光电', '安博·上海']);
    local.close();
  });
});
