import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addDays, type CalendarDate } from '../core/dates/calendarDate';
import { REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { formatMessage, type Message } from '../i18n/message';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, YAMAXI, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

const TODAY = '2026-11-02' as CalendarDate;
// Noon in Shanghai on TODAY.
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 150 });

let ids = 0;
async function openWorkspace(user: string | null = NEW_REP, options: { seed?: boolean; workbook?: SandboxWorkbook } = {}) {
  const store = LocalClaimStore.open(`workspace-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  if (options.seed !== false) await seedStore(store, team);
  const workbook = options.workbook ?? new SandboxWorkbook();
  const workspace = await RegisterWorkspace.open({
    host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
  });
  return { workspace, workbook, store };
}

const zh = (messages: readonly Message[]) => messages.map((m) => formatMessage(m, 'zh-CN')).join(' ');

describe('RegisterWorkspace', () => {
  test('opening writes every stored customer into a new register sheet', async () => {
    const { workbook, workspace } = await openWorkspace();
    const table = await workbook.readTable(REGISTER_TABLE_NAME);
    expect(table?.rows).toHaveLength(team.customers.length);
    expect(table?.rows.some((r) => r[REGISTER_FIELD_COLUMNS.name] === GELIN)).toBe(true);
    expect(workspace.records()).toHaveLength(team.customers.length);
    workspace.dispose();
  });

  test.each(['格林.电子', '格林电子（深圳）有限公司', '深圳 格林電子', '格林电子/有限公司'])(
    'typing the trick variant %s finds 深圳市格林电子有限公司 as 同一客户, protected by its owner', async (typed) => {
      const { workspace } = await openWorkspace();
      const [top] = workspace.lookup(typed).matches;
      expect(top).toMatchObject({ name: GELIN, verdict: 'duplicate', tier: 'close' });
      expect(top.record?.rep).toBe(EXAMPLE_OWNERS.gelin);
      expect(formatMessage(top.protectedBy!, 'zh-CN')).toMatch(/^王芳 \d{4}-\d\d-\d\d 拜访, \d{4}-\d\d-\d\d 送样 BL-466, 保护至 \d{4}-\d\d-\d\d$/);
      workspace.dispose();
    });

  test('a visit on another rep\'s protected customer is blocked with the reason and logged as a collision', async () => {
    const { workspace, store } = await openWorkspace();
    const result = await workspace.register('格林.电子', { kind: 'visit' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(zh(result.reasons)).toContain('王芳');
    expect(zh(result.reasons)).toContain('保护至');
    // Titled with the customer's name as registered, not the variant typed (it used to be the typed text).
    const collisions = (await store.listActivities()).filter((a) => a.kind === 'collision' && a.customerName === GELIN);
    expect(collisions).toHaveLength(1);
    expect(collisions[0]).toMatchObject({ actor: NEW_REP, rep: EXAMPLE_OWNERS.gelin });
    expect(collisions[0].detail).toContain('保护至');
    expect(workspace.customer(workspace.lookup(GELIN).key)?.record.rep).toBe(EXAMPLE_OWNERS.gelin);
    workspace.dispose();
  });

  test('a call on a protected customer is allowed with a warning and changes nobody\'s row', async () => {
    const { workspace } = await openWorkspace();
    expect(workspace.decide(YAMAXI, { kind: 'phone' })?.outcome).toBe('warn');
    const result = await workspace.register(YAMAXI, { kind: 'phone' });
    expect(result.ok).toBe(true);
    expect(workspace.customer(workspace.lookup(YAMAXI).key)?.record.rep).toBe(EXAMPLE_OWNERS.yamaxi);
    workspace.dispose();
  });

  test('a new customer is claimed in the store and appended to the sheet with its 查重键 and 保护到期', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const result = await workspace.register('东莞市新澳涂料有限公司', { kind: 'sample', sampleModel: 'BL-466' }, { contactPerson: '罗经理' });
    expect(result.ok).toBe(true);
    const key = workspace.lookup('东莞市新澳涂料有限公司').key;
    expect((await store.getCustomer(key))?.record).toMatchObject({ rep: NEW_REP, status: 'sample', contactPerson: '罗经理' });
    const rows = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows;
    const last = rows[rows.length - 1];
    expect(last[REGISTER_FIELD_COLUMNS.name]).toBe('东莞市新澳涂料有限公司');
    expect(last[REGISTER_FIELD_COLUMNS.dedupeKey]).toBe(key);
    expect(last[REGISTER_FIELD_COLUMNS.seq]).toBe(team.customers.length + 1);
    expect(result.ok && result.record.protectedUntil).toBe(addDays(TODAY, 90));
    // Registering the same customer again is the owner's renewal, not a second row.
    await workspace.register('东莞新澳涂料', { kind: 'visit' });
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(team.customers.length + 1);
    workspace.dispose();
  });

  test('a manager transfers a customer with a reason; a rep may not', async () => {
    const rep = await openWorkspace();
    const key = rep.workspace.lookup(GELIN).key;
    const refused = await rep.workspace.transfer(key, NEW_REP, '久攻不下');
    expect(refused.ok).toBe(false);
    rep.workspace.dispose();

    const manager = await openWorkspace('张伟');
    const moved = await manager.workspace.transfer(key, NEW_REP, '王芳休假，客户急需跟进');
    expect(moved.ok).toBe(true);
    expect((await manager.store.getCustomer(key))?.record.rep).toBe(NEW_REP);
    const log = (await manager.store.listActivities(key)).filter((a) => a.kind === 'transfer');
    expect(log.map((a) => [a.previousRep, a.rep])).toContainEqual([EXAMPLE_OWNERS.gelin, NEW_REP]);
    manager.workspace.dispose();
  });

  test('the owner releases a customer early', async () => {
    const { workspace } = await openWorkspace(EXAMPLE_OWNERS.gelin);
    const key = workspace.lookup(GELIN).key;
    expect((await workspace.release(key)).ok).toBe(true);
    expect(workspace.customer(key)?.record.status).toBe('released');
    workspace.dispose();
  });

  test('without a chosen user nothing is registered', async () => {
    const { workspace } = await openWorkspace(null);
    const result = await workspace.register('博蓝科技', { kind: 'phone' });
    expect(result.ok).toBe(false);
    workspace.dispose();
  });

  /** Types cells into the first empty row (or `at`) and waits for the live check and the store push. */
  async function typeRow(workbook: SandboxWorkbook, workspace: RegisterWorkspace, cells: Partial<Record<keyof typeof REGISTER_FIELD_COLUMNS, string>>, at?: number) {
    const row = at ?? (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
    for (const [field, text] of Object.entries(cells) as [keyof typeof REGISTER_FIELD_COLUMNS, string][]) {
      expect(workbook.enterText('客户登记', row, REGISTER_FIELD_COLUMNS[field], [[text]])).toBeNull();
      await workbook.settled();
      await workspace.settled();
    }
    return row;
  }
  const cell = async (workbook: SandboxWorkbook, row: number, field: keyof typeof REGISTER_FIELD_COLUMNS) =>
    (await workbook.readRange('客户登记', { top: row, left: REGISTER_FIELD_COLUMNS[field], bottom: row, right: REGISTER_FIELD_COLUMNS[field] }))[0][0];

  test('a name typed into the sheet gets its 查重键 and a mark naming the customer it duplicates; the pane hears the name', async () => {
    const { workspace, workbook } = await openWorkspace();
    const heard: string[] = [];
    workspace.onTypedName((name) => heard.push(name));
    const row = await typeRow(workbook, workspace, { name: '雅玛西.电子' });
    expect(heard).toEqual(['雅玛西.电子']);
    expect(await cell(workbook, row, 'dedupeKey')).toBe('雅玛西电子');
    expect(await cell(workbook, row, 'name')).toBe('雅玛西.电子');
    // 同一客户 is red (SPEC §5): the register holds one row per customer. (It used to be yellow.)
    expect(workbook.sheet('客户登记')!.marks[row]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect(workbook.sheet('客户登记')!.marks[row].note).toMatch(/^【客户登记册】第 \d+ 行已登记同一客户“雅玛西电子有限公司”/);
    // Without a 业务员 nothing is claimed yet: the pane says what is missing.
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'incomplete', reasons: [{ key: 'taskpane.typed.needsRep' }] });
    workspace.dispose();
  });

  test('a new customer typed with the rep\'s own name is claimed in the store; the text stays and 序号 is filled in', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const before = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length;
    const row = await typeRow(workbook, workspace, { name: '东莞市新澳涂料有限公司' });
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'incomplete' });
    expect(await store.getCustomer('新澳涂料')).toBeNull();
    await typeRow(workbook, workspace, { rep: NEW_REP, status: '拜访' }, row);
    // 状态 拜访 without its date: the row says what to fill in, the stored customer stays a call.
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'incomplete' });
    await typeRow(workbook, workspace, { visitDate: TODAY }, row);
    const key = workspace.lookup('东莞市新澳涂料有限公司').key;
    expect((await store.getCustomer(key))?.record).toMatchObject({ name: '东莞市新澳涂料有限公司', rep: NEW_REP, status: 'visit' });
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'claimed' });
    expect(workspace.customer(key)?.record.rep).toBe(NEW_REP);
    // Claimed in place: no second row, the typed text untouched, the empty 序号 and 部门 filled in.
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(before + 1);
    expect(await cell(workbook, row, 'name')).toBe('东莞市新澳涂料有限公司');
    expect(await cell(workbook, row, 'seq')).toBe(team.customers.length + 1);
    expect(await cell(workbook, row, 'department')).not.toBe('');
    expect(workbook.sheet('客户登记')!.marks[row]).toBeUndefined();
    // The next registration from the pane lands below it, not on it.
    expect((await workspace.register('佛山市博蓝科技有限公司', { kind: 'phone' })).ok).toBe(true);
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(before + 2);
    expect(await cell(workbook, row, 'name')).toBe('东莞市新澳涂料有限公司');
    workspace.dispose();
  });

  test('a trick variant of a colleague\'s protected customer typed in the sheet is blocked, marked and logged once', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const row = await typeRow(workbook, workspace, { name: '格林.电子', rep: NEW_REP, visitDate: TODAY, status: '拜访' });
    expect(await cell(workbook, row, 'name')).toBe('格林.电子');
    const mark = workbook.sheet('客户登记')!.marks[row];
    expect(mark).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect(mark.note).toContain('王芳');
    expect(mark.note).toContain('保护至');
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'blocked' });
    await typeRow(workbook, workspace, { contactPerson: '陈经理' }, row);
    // Titled with the customer's name as registered, not the variant typed (it used to be the typed text).
    const collisions = (await store.listActivities()).filter((a) => a.kind === 'collision' && a.customerName === GELIN);
    expect(collisions).toHaveLength(1);
    expect(collisions[0]).toMatchObject({ actor: NEW_REP, rep: EXAMPLE_OWNERS.gelin });
    expect(workspace.customer(workspace.lookup(GELIN).key)?.record.rep).toBe(EXAMPLE_OWNERS.gelin);
    workspace.dispose();
  });

  test('a rep may not claim a typed row for a colleague: the store\'s refusal is on the row until it is fixed', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const row = await typeRow(workbook, workspace, { name: '中山市澳华五金制品厂', rep: EXAMPLE_OWNERS.yamaxi });
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'refused' });
    expect(workbook.sheet('客户登记')!.marks[row]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect(workbook.sheet('客户登记')!.marks[row].note).toContain(EXAMPLE_OWNERS.yamaxi);
    expect(await store.getCustomer(workspace.lookup('中山市澳华五金制品厂').key)).toBeNull();
    await typeRow(workbook, workspace, { rep: NEW_REP }, row);
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'claimed' });
    expect(workbook.sheet('客户登记')!.marks[row]).toBeUndefined();
    workspace.dispose();
  });

  test('a rep\'s edit of a colleague\'s row that the store refuses is put back in the cells, and the pane says why', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const rows = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows;
    const row = rows.findIndex((cells) => cells[REGISTER_FIELD_COLUMNS.name] === GELIN) + 1;
    const before = await cell(workbook, row, 'contactPerson');
    await typeRow(workbook, workspace, { contactPerson: '改过的联系人' }, row);
    expect(await cell(workbook, row, 'contactPerson')).toBe(before);
    expect(workspace.typedRows()[0]).toMatchObject({ row, status: 'refused', reasons: [{ key: 'rules.edit.reverted' }] });
    expect((await store.getCustomer(workspace.lookup(GELIN).key))?.record.contactPerson).toBe(before);
    workspace.dispose();
  });

  test('a pasted block is checked once and every new customer in it is claimed', async () => {
    const { workspace, workbook, store } = await openWorkspace();
    const top = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
    const names = Array.from({ length: 250 }, (_, i) => [`测试粘贴${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x4e80 + i * 3)}贸易有限公司`, NEW_REP]);
    const reads = jest.spyOn(workbook, 'readRange');
    expect(workbook.enterText('客户登记', top, REGISTER_FIELD_COLUMNS.name, names)).toBeNull();
    await workbook.settled();
    await workspace.settled();
    expect(reads.mock.calls.length).toBeLessThanOrEqual(3);
    const claimed = workspace.typedRows().filter((r) => r.status === 'claimed').length;
    const stored = await store.listCustomers();
    expect(stored.length - team.customers.length).toBe(claimed);
    expect(claimed).toBeGreaterThan(200);
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(top - 1 + names.length);
    workspace.dispose();
    // 250 claims through the store: heavy for two shared cores, so it gets more than the default 5 s.
  }, 20_000);

  test('a workbook that carries its team brings roster and rules into an empty store, and keeps them after changes', async () => {
    const workbook = new SandboxWorkbook();
    await workbook.settings.set('roster', team.roster);
    await workbook.settings.set('policy', { quota: { closeQuota: 12 } });
    const { workspace, store } = await openWorkspace('张伟', { seed: false, workbook });
    expect((await store.getRoster()).map((m) => m.name).sort()).toEqual(team.roster.map((m) => m.name).sort());
    expect(workspace.policy.quota.closeQuota).toBe(12);
    expect(await workspace.saveRosterEntry({ name: '周新', department: '销售二部', isManager: false, hireDate: TODAY })).toBeNull();
    const saved = await workbook.settings.get<{ name: string }[]>('roster');
    expect(saved?.map((m) => m.name)).toContain('周新');
    const repRule = workbook.sheet('客户登记')!.validation.find((r) => r.column === REGISTER_FIELD_COLUMNS.rep);
    expect(repRule?.kind === 'list' && repRule.items).toContain('周新');
    workspace.dispose();
  });
});
