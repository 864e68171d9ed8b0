import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { formatMessage } from '../i18n/message';
import type { ClaimStore } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';
import { primaryOf, setCustomerGrade, setPrimaryOwner, surplusOfferFor } from './ruleActions';
import { creditShareLines } from './ruleViews';

const TODAY = '2026-11-02' as CalendarDate;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 400 });
const LINES = { productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } };

let ids = 0;
async function open(store: ClaimStore, user: string): Promise<RegisterWorkspace> {
  return RegisterWorkspace.open({
    host: new SandboxWorkbook(), store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
  });
}

async function seeded() {
  const store = LocalClaimStore.open(`rule-actions-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  return store;
}

const zh = (m: Parameters<typeof formatMessage>[0] | null) => (m ? formatMessage(m, 'zh-CN') : null);

describe('the 主负责人 of a customer\'s product lines (seed 004)', () => {
  test('a manager names it with the split; the lookup and the summary show it; a rep cannot', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    expect(await manager.savePolicy(LINES)).toBeNull();
    const rep = await open(store, NEW_REP);
    expect((await rep.register(GELIN, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
    await manager.refresh();
    const key = manager.lookup(GELIN).key;
    // Until a manager names one, whoever got a line first.
    expect(primaryOf(manager, key).rep).toBe(EXAMPLE_OWNERS.gelin);

    const split = [{ rep: NEW_REP, percent: 60 }, { rep: EXAMPLE_OWNERS.gelin, percent: 40 }];
    expect(zh(await setPrimaryOwner(rep, key, NEW_REP, split))).toBe('只有经理可以转交或强制认领客户。');
    expect(zh(await setPrimaryOwner(manager, key, NEW_REP, [{ rep: NEW_REP, percent: 60 }]))).toBe('分成比例合计须为 100%（当前 60%）。');
    expect(zh(await setPrimaryOwner(manager, key, '李娜', [{ rep: '李娜', percent: 100 }]))).toBe('李娜 没有负责该客户的任何产品线。');
    expect(await setPrimaryOwner(manager, key, NEW_REP, split)).toBeNull();

    expect(primaryOf(manager, key)).toEqual({ rep: NEW_REP, named: { rep: NEW_REP, split } });
    expect(creditShareLines(manager).filter((l) => l.kind === 'primary')).toEqual([
      expect.objectContaining({ customerName: GELIN, owner: NEW_REP, productLine: '', shares: split }),
    ]);
    // A line a rep appends to the add-only log by hand does not count: only a manager names the 主负责人.
    await store.appendActivity({
      id: 'forged', kind: 'primary', dedupeKey: key, customerName: GELIN, actor: NEW_REP, rep: EXAMPLE_OWNERS.gelin, previousRep: '',
      date: TODAY, detail: '分成比例：王芳 100%',
    });
    await manager.refresh();
    expect(primaryOf(manager, key).rep).toBe(NEW_REP);
    manager.dispose();
    rep.dispose();
  });
});

describe('the grade is the customer\'s (seed 002)', () => {
  test('set on the card, every line of the customer has it, and the A-grade rule reads it on a new line', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    expect(await manager.savePolicy({ ...LINES, gradeA: { enabled: true, gradeATenureMonths: 12 } })).toBeNull();
    const veteran = await open(store, '李娜');
    expect((await veteran.register(GELIN, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
    await manager.refresh();
    const lines = manager.lookup(GELIN).matches.filter((m) => m.record);
    expect(lines).toHaveLength(2);

    expect(await setCustomerGrade(manager, lines[1].key, 'A')).toBeNull();
    expect(manager.lookup(GELIN).matches.filter((m) => m.record).map((m) => m.record?.grade)).toEqual(['A', 'A']);
    expect(zh(await setCustomerGrade(veteran, lines[0].key, 'C'))).toBe('只有经理可以转交或强制认领客户。');
    manager.dispose();
    veteran.dispose();
  });
});

describe('the surplus handover is offered where it applies (seed 001)', () => {
  test('a veteran over the quota: offered for her 紧密 customer, to the new hires with room', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    const key = manager.lookup(GELIN).key;
    expect(surplusOfferFor(manager, key)).toBeNull();
    expect(await manager.savePolicy({ quota: { enabled: true, closeQuota: 4 } })).toBeNull();
    const offer = surplusOfferFor(manager, key);
    expect(offer).toMatchObject({ owner: EXAMPLE_OWNERS.gelin, quota: 4 });
    expect(offer?.count).toBeGreaterThan(4);
    expect(offer?.newHires).toContain(NEW_REP);
    manager.dispose();
  });
});
