import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { REGISTER_SHEET_NAME } from '../../src/core/register/registerSchema';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { watchRegisterWorkbooks } from '../../src/apps/wps/registerWatch';
import { GELIN, NEW_REP, SAMPLE_MANAGER } from '../../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../../src/hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { wpsHarness } from './wpsFake/wpsHarness';
import { handAGradeCustomerToNewHire } from '../../src/app/__fixtures__/aGradeHandover';

/**
 * WPS without the user opening the pane (issue 16's note): the watch does not check rows itself — it opens
 * the pane for a workbook with a register, and the pane's register model reads the store's log. So a
 * manager's logged transfer of an A-grade customer to a junior rep stands when the workbook comes back:
 * the row shows the junior, unmarked, exactly as in the pane that made the transfer.
 */
const TODAY = '2026-11-02' as CalendarDate;
jest.setTimeout(60_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 60 });
const PANE_URL = 'https://addin.example/wps/taskpane.html';
let ids = 0;

test('WPS: the pane the watch opens judges a manager\'s transfer with the logged history', async () => {
  const store = LocalClaimStore.open(`wps-transfer-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const h = wpsHarness();
  const matcher = await loadNameMatcher();
  const opened = (user: string) => RegisterWorkspace.open({
    host: h.host, store, matcher, clock, newId: () => `edit-${ids++}`, currentUser: user,
  });

  const manager = await opened(SAMPLE_MANAGER);
  await handAGradeCustomerToNewHire(manager);
  manager.dispose();

  // The workbook comes in front again: the watch opens the pane, whose page opens the register anew.
  const stop = watchRegisterWorkbooks(() => h.fake.application, PANE_URL);
  expect(h.fake.app.taskPanes.filter((p) => p.Visible)).toHaveLength(1);
  stop();
  const pane = await opened(NEW_REP);
  await pane.settled();
  const rows = (await h.host.readSheet(REGISTER_SHEET_NAME))!;
  const row = rows.findIndex((r) => r.includes(GELIN));
  expect(rows[row][pane.layout.columns.rep ?? -1]).toBe(NEW_REP);
  expect(pane.session?.finding(row)?.level ?? 'clear').toBe('clear');
  expect(h.probe.fill(REGISTER_SHEET_NAME, row, pane.layout.columns.name)).toBeNull();
  pane.dispose();
});
