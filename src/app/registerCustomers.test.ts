import { emptyCustomerRecord, type CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import { RegisterCustomers } from './registerCustomers';
import type { TeamChanges } from './teamData';

const GELIN = '深圳市格林电子有限公司';
const record = (name: string, dedupeKey: string, extra: Partial<CustomerRecord> = {}): CustomerRecord =>
  ({ ...emptyCustomerRecord(), name, dedupeKey, rep: '王芳', ...extra });
const stored = (id: string, r: CustomerRecord): StoredCustomer => ({ id, version: '1', lastEditId: 'e1', record: r });
const changes = (over: Partial<TeamChanges>): TeamChanges => ({
  reset: false, customers: [], removedKeys: [], rosterChanged: false, settingsChanged: false, activitiesAdded: 0, rekeyed: [], ...over,
});
/** The store mirror after a refresh: customers by key, as TeamData holds them. */
const mirror = (...customers: StoredCustomer[]) => new Map(customers.map((c) => [c.record.dedupeKey, c]));

describe('RegisterCustomers: one entry per customer, with its sheet row', () => {
  test('which customer a row shows stays while the rep edits the row, and moves with the customer', () => {
    const customers = new RegisterCustomers();
    const gelin = record(GELIN, '格林电子');
    customers.place({ row: 4, record: gelin });
    expect(customers.keyShownAt(4)).toBe('格林电子');
    customers.place({ row: 7, record: gelin });
    expect(customers.keyShownAt(4)).toBeUndefined();
    expect(customers.placed('格林电子')).toEqual({ row: 7, record: gelin });
    // A row without 业务员 is shown, but it is no customer: nothing to look up, nothing stored.
    expect(customers.entry('格林电子')).toMatchObject({ stored: null, record: null, row: 7 });
    expect(customers.records()).toEqual([]);
  });

  test('a sheet-only customer becomes the stored one in the same entry, on the same row', () => {
    const customers = new RegisterCustomers();
    const fromSheet = record(GELIN, '格林电子', { seq: 4 });
    customers.takeFromSheet({ row: 4, record: fromSheet });
    const entry = customers.entry('格林电子')!;
    expect(customers.record('格林电子')).toBe(fromSheet);
    expect(customers.stored('格林电子')).toBeUndefined();
    const taken = stored('c1', { ...fromSheet, seq: 12 });
    customers.follow(changes({ customers: [taken] }), mirror(taken));
    expect(customers.entry('格林电子')).toBe(entry);
    expect(entry).toMatchObject({ stored: taken, record: taken.record, row: 4 });
    expect(customers.records()).toEqual([taken.record]);
    expect(customers.nextSeq()).toBe(13);
  });

  test('records list the stored customers first, then those only the sheet holds', () => {
    const customers = new RegisterCustomers();
    const sheetOnly = record('雅玛西电子有限公司', '雅玛西电子');
    customers.takeFromSheet({ row: 2, record: sheetOnly });
    const gelin = stored('c1', record(GELIN, '格林电子'));
    customers.follow(changes({ customers: [gelin] }), mirror(gelin));
    expect(customers.records()).toEqual([gelin.record, sheetOnly]);
    expect([...customers.storedCustomers()]).toEqual([gelin]);
  });

  test('a customer moved to its stored key keeps its row; the old key is no customer any more', () => {
    const customers = new RegisterCustomers();
    const old = stored('c1', record('上海市安博', '上海安博'));
    customers.follow(changes({ customers: [old] }), mirror(old));
    customers.place({ row: 3, record: old.record });
    const moved = stored('c1', { ...old.record, dedupeKey: '安博·上海' });
    customers.follow(changes({ customers: [moved], rekeyed: [{ from: '上海安博', to: '安博·上海' }] }), mirror(moved));
    expect(customers.keyShownAt(3)).toBe('安博·上海');
    expect(customers.entry('安博·上海')).toMatchObject({ stored: moved, row: 3 });
    expect(customers.record('上海安博')).toBeUndefined();
    expect(customers.placed('上海安博')).toBeUndefined();
  });

  test('a customer moved in place (same store id, new key) leaves its old key, even without a rekey line', () => {
    const customers = new RegisterCustomers();
    const before = stored('c1', record('上海市安博', '上海安博'));
    customers.follow(changes({ customers: [before] }), mirror(before));
    const after = stored('c1', { ...before.record, dedupeKey: '安博·上海' });
    customers.follow(changes({ customers: [after] }), mirror(after));
    expect(customers.stored('上海安博')).toBeUndefined();
    expect(customers.stored('安博·上海')).toBe(after);
  });

  test('a customer the store dropped keeps its row but is no customer; a reset drops what the store no longer has', () => {
    const customers = new RegisterCustomers();
    const gelin = stored('c1', record(GELIN, '格林电子'));
    const yamaxi = stored('c2', record('雅玛西电子有限公司', '雅玛西电子'));
    customers.follow(changes({ customers: [gelin, yamaxi] }), mirror(gelin, yamaxi));
    customers.place({ row: 5, record: gelin.record });
    customers.follow(changes({ removedKeys: ['格林电子'] }), mirror(yamaxi));
    expect(customers.entry('格林电子')).toMatchObject({ stored: null, record: null, row: 5 });
    const sheetOnly = record('安博', '安博');
    customers.takeFromSheet({ row: 9, record: sheetOnly });
    const fresh = stored('c3', record('汇川科技', '汇川科技'));
    customers.follow(changes({ reset: true, customers: [fresh] }), mirror(fresh));
    expect(customers.records()).toEqual([fresh.record, sheetOnly]);
  });

  test('a customer\'s lines are found by its 查重键, and stored names map to their stored key', () => {
    const customers = new RegisterCustomers();
    const tools = stored('c1', record(GELIN, '格林电子｜电动工具'));
    const plain = stored('c2', record(GELIN, '格林电子'));
    customers.takeFromSheet({ row: 9, record: record('格林电子（东莞）有限公司', '格林电子·东莞') });
    customers.follow(changes({ customers: [tools, plain] }), mirror(tools, plain));
    expect(customers.linesOf('格林电子').map((line) => line.key)).toEqual(['格林电子｜电动工具', '格林电子']);
    expect(customers.linesOf('格林电子｜电动工具').map((line) => line.stored)).toEqual([tools, plain]);
    expect(customers.linesOf('雅玛西电子')).toEqual([]);
    expect(customers.storedNameKeys.get(GELIN)).toBe('格林电子');
  });
});
