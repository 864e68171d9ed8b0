import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MemorySettings } from './memorySettings';
import { SandboxWorkbook } from '../../src/hosts/sandbox/sandboxWorkbook';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import type { TeamModeControls } from '../../src/taskpane/teamMode/teamMode';
import { TeamSession } from '../../src/taskpane/teamMode/teamSession';
import { TEAM_SETTING } from '../../src/taskpane/teamMode/teamSettings';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { EmulatedTeamSite, SITE_URL } from '../graph/emulatedTeamSite';
import { actor, customer, edit, seedTeam, TODAY, ZHANG } from './storeFixtures';

jest.setTimeout(60_000);

/**
 * The pane in team mode opens while SharePoint is out of reach on a register from before the stored-key rule:
 * the key move waits in the outbox (the pane keeps the row under its old key meanwhile), and once SharePoint
 * is back and the pane syncs, the register model and the sheet follow the move.
 */
test('team mode: a key move queued while the pane opened offline is sent, and the register follows it', async () => {
  const team = await EmulatedTeamSite.start();
  const machine = { indexedDB: new IDBFactory(), IDBKeyRange };
  const settings = new MemorySettings();
  const remote = await team.connect({ listPrefix: 'PaneRekey', provision: true });
  await seedTeam(remote);
  expect((await remote.claim(customer('广州安博股份有限公司', '安博', ZHANG, { seq: 1, productLine: '' }), actor(ZHANG), edit())).ok).toBe(true);
  expect((await remote.claim(customer('上海市安博', '上海安博', ZHANG, { seq: 2, productLine: '' }), actor(ZHANG), edit())).ok).toBe(true);
  await settings.set(TEAM_SETTING, {
    clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com',
    location: { siteUrl: SITE_URL, siteId: remote.lists.siteId, listIds: remote.lists.ids },
  });
  const { origin, fetch } = team.connection();
  const session = () => new TeamSession({
    settings, signIn: async () => fixedToken(team.emulator.acceptedToken), defaults: { clientId: '', tenantId: '' }, graph: { origin, fetch },
    indexedDb: machine, restBase: () => team.emulator.restBaseUrl(team.site), openLocal: async () => LocalClaimStore.open('local-rekey', machine),
  });
  // This computer's copy of the lists, as an earlier day's pane left it.
  const earlier = session();
  await earlier.openStore();
  expect((await (earlier.controls as TeamModeControls).syncNow()).ok).toBe(true);
  earlier.close();

  await team.emulator.stop();
  const pane = session();
  const controls = pane.controls as TeamModeControls;
  const workbook = new SandboxWorkbook();
  const workspace = await RegisterWorkspace.open({
    host: workbook, store: await pane.openStore(), matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`),
    newId: () => `pane-edit-${Math.random()}`, currentUser: ZHANG.name,
  });
  expect(workspace.recordOf('上海安博')?.name).toBe('上海市安博');
  expect((await controls.outbox())?.pending).toBe(1);

  await team.emulator.resume();
  expect(await controls.syncNow()).toEqual({ ok: true, message: { key: 'team.synced' } });
  await workspace.refresh();
  await workspace.settled();
  expect(workspace.recordOf('安博·上海')?.name).toBe('上海市安博');
  expect(workspace.recordOf('上海安博')).toBeUndefined();
  expect(workspace.lookup('上海 安博有限公司').key).toBe('安博·上海');
  const rows = (await workbook.readSheet('客户登记'))!;
  const columns = workspace.layout.columns;
  expect(rows.filter((r) => r[columns.name] === '上海市安博').map((r) => r[columns.dedupeKey])).toEqual(['安博·上海']);
  expect((await remote.listActivities()).filter((a) => a.kind === 'rekey')).toHaveLength(1);
  expect(await controls.outbox()).toEqual({ pending: 0, blockedBy: null, rejected: [] });
  workspace.dispose();
  pane.close();
  team.close();
});
