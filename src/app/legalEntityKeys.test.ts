import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { formatMessage, type Message } from '../i18n/message';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import { NEW_REP, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { emptyCustomerRecord } from '../core/register/customerRecord';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { auditNames } from '../core/names';
import { excelSerialOf } from '../core/register/dateCell';
import { DATE_FORMAT } from '../core/register/registerSchema';
import { emptySheet } from '../hosts/sandbox/sandboxSheet';
import { LEGACY_HEADER } from '../hosts/sandbox/seed/legacySheet';
import { adoptSheet, findAdoptableSheet } from './adoptSheet';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * SPEC §5, issue 14 item 11: two legal entities the matcher calls 关联公司 of each other are two customers —
 * both registered, both protected — while every 同一客户 spelling of either lands on its key and is refused.
 */
const TODAY = '2026-11-02' as CalendarDate;
// Opening workspaces and emulated sites takes seconds on a loaded machine.
jest.setTimeout(30_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 120 });
const GUANGZHOU = '广州安博股份有限公司';
const SHANGHAI = '上海市安博';
const OTHER_REP = '赵敏';
const SHEET = '客户登记';

let ids = 0;
async function openWorkspace(user: string) {
  const store = LocalClaimStore.open(`legal-entities-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workbook = new SandboxWorkbook();
  const workspace = await RegisterWorkspace.open({
    host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
  });
  return { workspace, workbook, store };
}

const zh = (messages: readonly Message[]) => messages.map((m) => formatMessage(m, 'zh-CN')).join(' ');

async function typeRow(workbook: SandboxWorkbook, workspace: RegisterWorkspace, cells: Partial<Record<keyof typeof REGISTER_FIELD_COLUMNS, string>>) {
  const row = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
  // One paste of the whole row, as a rep pastes a line from elsewhere.
  const values = Array.from({ length: Object.keys(REGISTER_FIELD_COLUMNS).length }, () => '');
  for (const [field, text] of Object.entries(cells) as [keyof typeof REGISTER_FIELD_COLUMNS, string][]) values[REGISTER_FIELD_COLUMNS[field]] = text;
  const first = Math.min(...Object.keys(cells).map((f) => REGISTER_FIELD_COLUMNS[f as keyof typeof REGISTER_FIELD_COLUMNS]));
  const last = Math.max(...Object.keys(cells).map((f) => REGISTER_FIELD_COLUMNS[f as keyof typeof REGISTER_FIELD_COLUMNS]));
  expect(workbook.enterText(SHEET, row, first, [values.slice(first, last + 1)])).toBeNull();
  await workbook.settled();
  await workspace.settled();
  return row;
}
const cell = async (workbook: SandboxWorkbook, row: number, field: keyof typeof REGISTER_FIELD_COLUMNS) =>
  (await workbook.readRange(SHEET, { top: row, left: REGISTER_FIELD_COLUMNS[field], bottom: row, right: REGISTER_FIELD_COLUMNS[field] }))[0][0];

describe('two legal entities, two keys', () => {
  test('from the pane: 上海市安博 is 关联公司 of 广州安博, both registered and protected; 广州.安博 is 同一客户 and refused', async () => {
    const { workspace, store } = await openWorkspace(NEW_REP);
    expect((await workspace.register(GUANGZHOU, { kind: 'visit' })).ok).toBe(true);

    const lookup = workspace.lookup(SHANGHAI);
    expect(lookup.key).toBe('安博·上海');
    expect(lookup.matches[0]).toMatchObject({ name: GUANGZHOU, verdict: 'branch' });
    workspace.setCurrentUser('王芳');
    const shanghai = await workspace.register(SHANGHAI, { kind: 'visit' });
    expect(shanghai.ok).toBe(true);
    expect((await store.getCustomer('安博'))?.record).toMatchObject({ name: GUANGZHOU, rep: NEW_REP, status: 'visit' });
    expect((await store.getCustomer('安博·上海'))?.record).toMatchObject({ name: SHANGHAI, rep: '王芳', status: 'visit' });

    // Another rep is blocked on each, with its own owner in the reason.
    workspace.setCurrentUser(OTHER_REP);
    for (const [name, owner] of [[GUANGZHOU, NEW_REP], [SHANGHAI, '王芳'], ['上海 安博有限公司', '王芳']] as const) {
      const blocked = await workspace.register(name, { kind: 'visit' });
      expect(blocked.ok).toBe(false);
      if (!blocked.ok) expect(zh(blocked.reasons)).toContain(owner);
    }

    // 广州安博 typed as 广州.安博 is 同一客户: same key, refused.
    const trick = workspace.lookup('广州.安博');
    expect(trick.key).toBe('安博');
    expect(trick.matches[0]).toMatchObject({ name: GUANGZHOU, verdict: 'duplicate' });
    const refused = await workspace.register('广州.安博', { kind: 'visit' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(zh(refused.reasons)).toContain(NEW_REP);
    // The store, too, refuses the key whoever asks it directly.
    const direct = await store.claim({ ...workspace.recordOf('安博')!, name: '广州.安博', rep: OTHER_REP }, { name: OTHER_REP }, { editId: 'direct', today: TODAY });
    expect(direct).toMatchObject({ ok: false, problem: 'taken' });
    expect((await store.getCustomer('安博'))?.record.rep).toBe(NEW_REP);
    expect((await store.listCustomers()).filter((c) => c.record.name.includes('安博'))).toHaveLength(2);
    workspace.dispose();
  });

  test('in the grid: both entities typed are claimed under their own keys; the trick row is red and not claimed', async () => {
    const { workspace, workbook, store } = await openWorkspace(NEW_REP);
    const guangzhou = await typeRow(workbook, workspace, { name: GUANGZHOU, rep: NEW_REP, status: '拜访', visitDate: TODAY });
    const shanghai = await typeRow(workbook, workspace, { name: SHANGHAI, rep: NEW_REP, status: '拜访', visitDate: TODAY });
    expect(await cell(workbook, guangzhou, 'dedupeKey')).toBe('安博');
    expect(await cell(workbook, shanghai, 'dedupeKey')).toBe('安博·上海');
    expect((await store.getCustomer('安博·上海'))?.record.name).toBe(SHANGHAI);
    expect(workspace.typedRows().map((t) => t.status)).toEqual(['claimed', 'claimed']);

    const trick = await typeRow(workbook, workspace, { name: '广州.安博', rep: OTHER_REP, status: '拜访', visitDate: TODAY });
    expect(await cell(workbook, trick, 'dedupeKey')).toBe('安博');
    expect(workbook.sheet(SHEET)!.marks[trick]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect(workspace.typedRows()[0]).toMatchObject({ row: trick, status: 'blocked' });
    expect((await store.getCustomer('安博'))?.record.rep).toBe(NEW_REP);
    workspace.dispose();
  });

  test('both pasted at once (neither registered yet): each gets its own key', async () => {
    const { workspace, workbook, store } = await openWorkspace(NEW_REP);
    const row = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
    const line = (name: string) => {
      const values = Array.from({ length: Object.keys(REGISTER_FIELD_COLUMNS).length }, () => '');
      values[REGISTER_FIELD_COLUMNS.name] = name;
      values[REGISTER_FIELD_COLUMNS.rep] = NEW_REP;
      values[REGISTER_FIELD_COLUMNS.status] = '拜访';
      values[REGISTER_FIELD_COLUMNS.visitDate] = TODAY;
      return values.slice(REGISTER_FIELD_COLUMNS.name);
    };
    expect(workbook.enterText(SHEET, row, REGISTER_FIELD_COLUMNS.name, [line('苏州汇川科技有限公司'), line('无锡市汇川科技')])).toBeNull();
    await workbook.settled();
    await workspace.settled();
    expect((await store.getCustomer('汇川科技'))?.record.name).toBe('苏州汇川科技有限公司');
    expect((await store.getCustomer('汇川科技·无锡'))?.record.name).toBe('无锡市汇川科技');
    expect(await cell(workbook, row + 1, 'dedupeKey')).toBe('汇川科技·无锡');
    workspace.dispose();
  });

  test('a register from before the rule opens with its keys migrated, its history following, one sheet row each', async () => {
    const store = LocalClaimStore.open(`legal-entities-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedStore(store, team);
    const manager = { name: SAMPLE_MANAGER };
    const old = (name: string, key: string, rep: string) => ({
      ...emptyCustomerRecord(), name, dedupeKey: key, rep, seq: 900 + ids++, status: 'visit' as const, firstContactDate: TODAY, visitDate: TODAY,
    });
    await store.claim(old(GUANGZHOU, '安博', NEW_REP), manager, { editId: 'old-1', today: TODAY });
    await store.claim(old(SHANGHAI, '上海安博', '王芳'), manager, { editId: 'old-2', today: TODAY });
    await store.appendActivity({
      id: 'old-visit', kind: 'visit', dedupeKey: '上海安博', customerName: SHANGHAI, actor: '王芳', rep: '王芳', previousRep: '', date: TODAY, detail: '',
    });
    const workbook = new SandboxWorkbook();
    const workspace = await RegisterWorkspace.open({
      host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: SAMPLE_MANAGER,
    });
    expect(await store.getCustomer('上海安博')).toBeNull();
    expect(workspace.recordOf('安博·上海')?.rep).toBe('王芳');
    // The visit is a contact line, read after the open, and follows the key move made at the open.
    await workspace.wholeHistory();
    expect(workspace.claimStateWithHistory('安博·上海')?.history.map((e) => e.kind)).toContain('visit');
    const rows = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.filter((r) => r[REGISTER_FIELD_COLUMNS.name] === SHANGHAI);
    expect(rows.map((r) => r[REGISTER_FIELD_COLUMNS.dedupeKey])).toEqual(['安博·上海']);
    expect(workspace.lookup('上海 安博有限公司').key).toBe('安博·上海');
    workspace.dispose();
  });

  test('an adopted old sheet: both entities are taken in under their own keys, the 同一客户 row is not', async () => {
    const store = LocalClaimStore.open(`legal-entities-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedStore(store, { ...team, customers: [], activities: [] });
    const workbook = new SandboxWorkbook({ sheets: [emptySheet('老客户表')], tables: {}, settings: {}, activeSheet: '老客户表' });
    const visited = excelSerialOf(TODAY);
    await workbook.writeRange('老客户表', 0, 0, [LEGACY_HEADER]);
    await workbook.writeRange('老客户表', 1, 0, [
      [1, GUANGZHOU, NEW_REP, '销售一部', visited, '', '', '拜访', ''],
      [2, SHANGHAI, '王芳', '销售一部', visited, '', '', '拜访', ''],
      [3, '广州.安博', OTHER_REP, '销售二部', visited, '', '', '拜访', ''],
    ], ['0', '@', '@', '@', DATE_FORMAT, DATE_FORMAT, '@', '@', '@']);
    const proposal = (await findAdoptableSheet(workbook))!;
    const adopted = await adoptSheet(workbook, proposal, proposal.detection.columns, { audit: auditNames });
    expect('error' in adopted).toBe(false);
    const workspace = await RegisterWorkspace.open({
      host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: SAMPLE_MANAGER,
    });
    await workspace.settled();
    const stored = await store.listCustomers();
    expect(stored.map((c) => [c.record.dedupeKey, c.record.name, c.record.rep]).sort()).toEqual([
      ['安博', GUANGZHOU, NEW_REP], ['安博·上海', SHANGHAI, '王芳'],
    ]);
    const rows = (await workbook.readSheet('老客户表'))!;
    const keyAt = rows[0].indexOf('查重键');
    expect(rows.slice(1, 4).map((r) => r[keyAt])).toEqual(['安博', '安博·上海', '安博']);
    expect(workbook.sheet('老客户表')!.marks[3]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect((await store.listActivities()).filter((a) => a.kind === 'collision')).toEqual([]);
    workspace.dispose();
  });

  test('with product lines on, each entity\'s line claim is 查重键｜产品线 on its own key', async () => {
    const { workspace, store } = await openWorkspace(SAMPLE_MANAGER);
    expect(await workspace.savePolicy({ productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } })).toBeNull();
    workspace.setCurrentUser(NEW_REP);
    expect((await workspace.register(GUANGZHOU, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
    workspace.setCurrentUser('王芳');
    expect((await workspace.register(SHANGHAI, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
    expect((await store.getCustomer('安博｜电动工具'))?.record.name).toBe(GUANGZHOU);
    expect((await store.getCustomer('安博·上海｜电动工具'))?.record.name).toBe(SHANGHAI);
    workspace.setCurrentUser(OTHER_REP);
    const blocked = await workspace.register('上海 安博有限公司', { kind: 'visit', productLine: '电动工具' });
    expect(blocked.ok).toBe(false);
    // Another line of the same entity is its own claim.
    expect((await workspace.register('上海 安博有限公司', { kind: 'visit', productLine: '小家电' })).ok).toBe(true);
    expect((await store.getCustomer('安博·上海'))?.record.rep).toBe(OTHER_REP);
    workspace.dispose();
  });
});
