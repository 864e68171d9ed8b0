import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { claimPolicy } from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../core/register/customerRecord';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterKeys } from './registerKeys';
import { TeamData } from './teamData';

const TODAY = '2026-11-02' as CalendarDate;
// The first test loads the name matcher's dictionaries, which takes seconds on a loaded machine.
jest.setTimeout(30_000);
let n = 0;
const context = () => ({ editId: `e${n++}`, today: TODAY });
const record = (name: string, dedupeKey: string, rep: string, seq: number): CustomerRecord => ({ ...emptyCustomerRecord(), name, dedupeKey, rep, seq });

async function storeWith(rows: CustomerRecord[]) {
  const store = LocalClaimStore.open(`register-keys-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const row of rows) await store.claim(row, { name: row.rep }, context());
  const team = new TeamData();
  await team.refresh(store);
  return { store, team };
}

describe('RegisterKeys', () => {
  test('opening migrates old keys; the matcher\'s 查重键 is then the stored key of every spelling', async () => {
    const { store, team } = await storeWith([record('广州安博股份有限公司', '安博', '张三', 1), record('上海市安博', '上海安博', '李四', 2)]);
    const { keys, migration } = await RegisterKeys.open(store, await loadNameMatcher(), [...team.customers.values()], { actor: { name: '张三' }, today: TODAY, roster: [] });
    // No manager on the roster yet, so anyone may move the rows (as they may set the team up).
    expect(migration?.moved.map((m) => m.to)).toEqual(['安博·上海']);
    expect(keys.matcher.dedupeKey('上海 安博有限公司')).toBe('安博·上海');
    expect(keys.matcher.dedupeKey('广州.安博')).toBe('安博');
    expect(keys.claimKeyOf('上海市安博', '电动工具', claimPolicy({ productLines: { enabled: true, lines: ['电动工具'] } }))).toBe('安博·上海｜电动工具');

    const changes = await team.refresh(store);
    keys.follow(changes, team.customers);
    expect(keys.keyOf('上海市安博')).toBe('安博·上海');
    store.close();
  });

  test('without a user nothing moves and the store\'s keys are held as they are', async () => {
    const { store, team } = await storeWith([record('上海市安博', '上海安博', '李四', 1)]);
    const { keys, migration } = await RegisterKeys.open(store, await loadNameMatcher(), [...team.customers.values()], null);
    expect(migration).toBeNull();
    expect(keys.keyOf('上海市 安博')).toBe('上海安博');
    store.close();
  });

  test('follows the store: a colleague\'s new customer takes its key, a removed one frees it', async () => {
    const { store, team } = await storeWith([]);
    const { keys } = await RegisterKeys.open(store, await loadNameMatcher(), [], null);
    expect(keys.keyOf('上海市安博')).toBe('安博');
    await store.claim(record('广州安博股份有限公司', '安博', '张三', 1), { name: '张三' }, context());
    keys.follow(await team.refresh(store), team.customers);
    expect(keys.keyOf('上海市安博')).toBe('安博·上海');
    expect(keys.keyOf('广州安博')).toBe('安博');
    await store.putRosterEntry({ name: '王经理', department: '', isManager: true, hireDate: null }, { name: '王经理' }, context());
    const held = team.customers.get('安博')!;
    await store.removeCustomer('安博', held.version, { name: '王经理' }, context());
    keys.follow(await team.refresh(store), team.customers);
    expect(keys.keyOf('上海市安博')).toBe('安博');
    store.close();
  });
});
