import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord } from '../core/register/customerRecord';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import type { RosterEntry } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * The open reads calls and visits after the name field works (ChangesOptions.contactsLater). What needs them
 * waits for them: a click right after the open is decided on the whole log.
 */
const TODAY = '2026-11-02' as CalendarDate;
const MANAGER: RosterEntry = { name: '陈静', department: '销售二部', isManager: true, hireDate: '2020-10-14' as CalendarDate };
const OWNER: RosterEntry = { name: '李娜', department: '销售一部', isManager: false, hireDate: '2024-10-03' as CalendarDate };
const COLLEAGUE: RosterEntry = { name: '王芳', department: '销售一部', isManager: false, hireDate: '2022-10-14' as CalendarDate };
const NAME = '深圳市格林电子有限公司';

test('a colleague\'s call right after the open names the owner\'s last logged call, not the claim\'s first day', async () => {
  const store = LocalClaimStore.open('history-after-open', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const entry of [MANAGER, OWNER, COLLEAGUE]) await store.putRosterEntry(entry, { name: MANAGER.name }, { editId: `r-${entry.name}`, today: TODAY });
  const matcher = await loadNameMatcher();
  const key = matcher.dedupeKey(NAME);
  const record = { ...emptyCustomerRecord(), name: NAME, dedupeKey: key, rep: OWNER.name, seq: 1, status: 'phone' as const, firstContactDate: '2026-10-01' as CalendarDate };
  await store.claim(record, { name: OWNER.name }, { editId: 'claim', today: '2026-10-01' as CalendarDate });
  await store.appendActivity({
    id: 'call', kind: 'phone', dedupeKey: key, customerName: NAME, actor: OWNER.name, rep: OWNER.name, previousRep: '', date: '2026-10-20' as CalendarDate, detail: '',
  });

  const workspace = await RegisterWorkspace.open({
    host: new SandboxWorkbook(), store, matcher, clock: () => new Date(`${TODAY}T04:00:00Z`), newId: () => crypto.randomUUID(), currentUser: COLLEAGUE.name,
  });
  expect(workspace.historyComplete).toBe(false);
  const result = await workspace.register(NAME, { kind: 'phone' });
  expect(result.ok).toBe(true);
  const said = (result.decision?.reasons ?? []).map((m) => m.key === 'claims.phone.colleagueCalled' && m.params?.date);
  expect(said).toContain('2026-10-20');
  expect(workspace.historyComplete).toBe(true);
  workspace.dispose();
  store.close();
});
