import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { answerPaneRequests } from '../../src/apps/wps/paneRequests';
import { wpsCommands } from '../../src/apps/wps/wpsCommands';
import { generateMonthlySummary, lastMonthSummary } from '../../src/commands/ribbonCommands';
import { GELIN } from '../../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../../src/hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { wpsHarness } from './wpsFake/wpsHarness';

/**
 * WPS runs the ribbon in a page of its own: its 生成月度汇总 asks the pane's page, over PluginStorage, for the
 * summary from the register model's history — the same sheet the pane's own button writes — and only when no
 * pane answers does it fall back to the rows as they stand, saying so.
 */
const TODAY = '2026-11-02' as CalendarDate;
const OCTOBER = '2026年10月汇总';
jest.setTimeout(60_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const PANE_URL = 'https://addin.example/wps/taskpane.html';
const FAST = { timeoutMs: 5_000, pollMs: 10 };
let ids = 0;

/** What the requests left in PluginStorage (the pane's own id stays: showTaskPaneFor keeps the one pane). */
const requestItems = (storage: { length: number; key(i: number): string }) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) => key.startsWith('claim-register.pane'));

async function registerWithForceClaim() {
  const store = LocalClaimStore.open(`wps-requests-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, sampleTeam(TODAY, { customers: 60 }));
  const h = wpsHarness();
  const pane = await RegisterWorkspace.open({
    host: h.host, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: '陈静',
  });
  // After October's visit by its owner, a manager gives the customer to 赵敏: the rows now show 赵敏 alone.
  const forced = await pane.forceClaim(GELIN, { kind: 'forceClaim', rep: '赵敏', contact: 'sample', sampleModel: 'BL-466', reason: '客户指定赵敏对接' });
  expect(forced.ok).toBe(true);
  return { h, pane };
}

test('WPS: the ribbon\'s 生成月度汇总 is answered by the pane\'s register model, from the history', async () => {
  const { h, pane } = await registerWithForceClaim();
  const root = h.fake.application;
  const workbook = root.ActiveWorkbook!.Name;
  const stop = answerPaneRequests(root, workbook, () => pane, { monthlySummary: lastMonthSummary }, 10);
  const ribbon = wpsCommands({ application: () => root, paneUrl: PANE_URL, clock, paneWait: FAST });

  const said = await ribbon.monthlySummary();
  expect(said).not.toContainEqual({ key: 'host.command.summaryFromRows' });
  const fromRibbon = await h.host.readSheet(OCTOBER);
  // The pane's own button writes the very same sheet.
  await lastMonthSummary(pane);
  expect(await h.host.readSheet(OCTOBER)).toEqual(fromRibbon);
  // The rows as they stand credit October's visit to 赵敏: not what the ribbon wrote.
  expect(await generateMonthlySummary(h.host, clock(), null)).toContainEqual({ key: 'host.command.summaryFromRows' });
  expect(await h.host.readSheet(OCTOBER)).not.toEqual(fromRibbon);
  expect(requestItems(root.PluginStorage)).toEqual([]);
  stop();
  pane.dispose();
});

test('WPS: with no pane answering, the ribbon writes the summary from the rows and says so', async () => {
  const { h, pane } = await registerWithForceClaim();
  pane.dispose();
  const root = h.fake.application;
  // A pane serving another workbook does not answer for this one.
  const stop = answerPaneRequests(root, 'other.xlsx', () => pane, { monthlySummary: lastMonthSummary }, 10);
  const ribbon = wpsCommands({ application: () => root, paneUrl: PANE_URL, clock, paneWait: { timeoutMs: 200, pollMs: 10 } });
  expect(await ribbon.monthlySummary()).toContainEqual({ key: 'host.command.summaryFromRows' });
  expect(await h.host.readSheet(OCTOBER)).not.toBeNull();
  // The request nobody took is withdrawn.
  expect(requestItems(root.PluginStorage)).toEqual([]);
  stop();
});
