import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, SAMPLE_MANAGER, YAMAXI } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * Issue 11: every action the pane offers is one store write — the row change carries its log lines — and an
 * action that changes no row (a blocked attempt, a colleague's call) is one append. The figures per action
 * are printed for the report.
 */
const TODAY = '2026-11-02' as CalendarDate;
const team = sampleTeam(TODAY, { customers: 150 });
const WRITES = ['claim', 'updateCustomer', 'transferCustomer', 'removeCustomer', 'appendActivity'] as const;
let ids = 0;

async function counted(user: string, act: (workspace: RegisterWorkspace) => Promise<{ ok: boolean }>, expectOk = true) {
  const store = LocalClaimStore.open(`writes-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workspace = await RegisterWorkspace.open({
    host: new SandboxWorkbook(), store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`),
    newId: () => `edit-${ids++}`, currentUser: user,
  });
  await workspace.settled();
  const spies = WRITES.map((name) => [name, jest.spyOn(store, name)] as const);
  const result = await act(workspace);
  await workspace.settled();
  workspace.dispose();
  expect(result.ok).toBe(expectOk);
  return Object.fromEntries(spies.map(([name, spy]) => [name, spy.mock.calls.length] as const).filter(([, n]) => n !== 0));
}

const keyOf = (workspace: RegisterWorkspace, name: string) => workspace.lookup(name).key;

test('one store write per action', async () => {
  const figures = {
    newCustomerVisit: await counted(NEW_REP, (w) => w.register('东莞市新澳涂料有限公司', { kind: 'visit' })),
    ownerSample: await counted(EXAMPLE_OWNERS.gelin, (w) => w.register(GELIN, { kind: 'sample', sampleModel: 'BL-500' })),
    followUp: await counted(EXAMPLE_OWNERS.gelin, (w) => w.followUp(keyOf(w, GELIN), '2026-12-01' as CalendarDate, '年底再联系')),
    release: await counted(EXAMPLE_OWNERS.gelin, (w) => w.release(keyOf(w, GELIN), '客户暂无需求')),
    transfer: await counted(SAMPLE_MANAGER, (w) => w.transfer(keyOf(w, GELIN), '李娜', '王芳休假')),
    transferToSelf: await counted(SAMPLE_MANAGER, (w) => w.transfer(keyOf(w, GELIN), SAMPLE_MANAGER, '经理亲自跟进')),
    forceClaim: await counted('陈静', (w) => w.forceClaim(GELIN, { kind: 'forceClaim', rep: '赵敏', contact: 'sample', sampleModel: 'BL-466', reason: '客户指定赵敏对接' })),
    colleagueCall: await counted(NEW_REP, (w) => w.register(YAMAXI, { kind: 'phone' })),
    blockedVisit: await counted(NEW_REP, (w) => w.register(GELIN, { kind: 'visit' }), false),
  };
  console.log(`store writes per action: ${JSON.stringify(figures)}`);
  for (const [action, calls] of Object.entries(figures)) {
    expect([action, Object.values(calls).reduce((sum, n) => sum + n, 0)]).toEqual([action, 1]);
  }
}, 60_000);
