import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as claims from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { NEW_REP, YAMAXI, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

// Every call of the claim rules for an action, counted; the rules themselves run unchanged. The live check's
// row checks (findRow, which colours rows in the background and may run at any time) are not actions.
jest.mock('../core/claims', () => {
  const actual = jest.requireActual<typeof claims>('../core/claims');
  const forAction = jest.fn();
  const decideClaim = (...args: Parameters<typeof actual.decideClaim>) => {
    if (!new Error().stack?.includes('at findRow ')) forAction(...args);
    return actual.decideClaim(...args);
  };
  return { ...actual, decideClaim, forAction };
});
const decideClaim = (claims as unknown as { forAction: jest.MockedFunction<typeof claims.decideClaim> }).forAction;

const TODAY = '2026-11-02' as CalendarDate;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 150 });

let ids = 0;
async function openWorkspace() {
  const store = LocalClaimStore.open(`decisions-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workspace = await RegisterWorkspace.open({
    host: new SandboxWorkbook(), store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: NEW_REP,
  });
  // The live check's first round decides every row; counting starts after it.
  await workspace.settled();
  decideClaim.mockClear();
  return workspace;
}

/** Decisions on the rep's phone calls to 雅玛西 (the live check decides rows for their own reps). */
const phoneDecisions = (workspace: RegisterWorkspace) => {
  const key = workspace.lookup(YAMAXI).key;
  return decideClaim.mock.calls
    .filter(([state, action, ctx]) => state.customerKey === key && action.kind === 'phone' && ctx.actor.name === NEW_REP).length;
};

describe('an action is decided once', () => {
  test('a warning previewed, then confirmed: the previewed decision is the one applied (the rules run once)', async () => {
    const workspace = await openWorkspace();
    const previewed = workspace.decide(YAMAXI, { kind: 'phone' });
    expect(previewed?.outcome).toBe('warn');
    const result = await workspace.register(YAMAXI, { kind: 'phone' }, {}, previewed ?? undefined);
    expect(result.ok).toBe(true);
    expect(phoneDecisions(workspace)).toBe(1);
    expect(result.decision).toBe(previewed);
    workspace.dispose();
  });

  test('without a preview the rules run once too', async () => {
    const workspace = await openWorkspace();
    expect((await workspace.register(YAMAXI, { kind: 'phone' })).ok).toBe(true);
    expect(phoneDecisions(workspace)).toBe(1);
    workspace.dispose();
  });

  test('a preview made before the register changed, or for another action, is decided again', async () => {
    const workspace = await openWorkspace();
    const previewed = workspace.decide(YAMAXI, { kind: 'phone' }) ?? undefined;
    await workspace.register('东莞市新澳涂料有限公司', { kind: 'visit' });
    const stale = await workspace.register(YAMAXI, { kind: 'phone' }, {}, previewed);
    expect(stale.decision).not.toBe(previewed);
    expect(phoneDecisions(workspace)).toBe(2);

    const forOtherDate = workspace.decide(YAMAXI, { kind: 'phone' }) ?? undefined;
    const other = await workspace.register(YAMAXI, { kind: 'phone', date: '2026-11-01' as CalendarDate }, {}, forOtherDate);
    expect(other.decision).not.toBe(forOtherDate);
    expect(phoneDecisions(workspace)).toBe(4);
    workspace.dispose();
  });
});
