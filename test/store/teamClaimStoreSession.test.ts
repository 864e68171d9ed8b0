import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MemorySettings } from './memorySettings';
import { SandboxWorkbook } from '../../src/hosts/sandbox/sandboxWorkbook';
import type { IndexedDbSource } from '../../src/store/local/registerDatabase';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { fixedToken, SignInRequiredError } from '../../src/store/sharepoint/auth/tokenProvider';
import type { TeamModeControls } from '../../src/taskpane/teamMode/teamMode';
import { TeamSession, type SignIn } from '../../src/taskpane/teamMode/teamSession';
import { TEAM_SETTING } from '../../src/taskpane/teamMode/teamSettings';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { RegisterWorkspace } from '../../src/app/registerWorkspace';
import { EmulatedTeamSite, SITE_URL, TEAM_ACCOUNTS } from '../graph/emulatedTeamSite';
import { addTeamAccounts, setUpSecuredTeam } from './securedTeam';
import { actor, customer, edit, seedTeam, TODAY, ZHANG, MANAGER } from './storeFixtures';


/** The task pane's team mode end to end on the Graph emulator: connect, migrate, reopen offline, disconnect. */
describe('team mode in the task pane', () => {
  let team: EmulatedTeamSite;
  let machine: IndexedDbSource;
  let settings: MemorySettings;
  let sessions: TeamSession[];
  let signIns: string[][];
  let localName: string;
  let n = 0;

  beforeAll(async () => {
    team = await EmulatedTeamSite.start();
  });
  afterAll(() => team.close());
  beforeEach(() => {
    machine = { indexedDB: new IDBFactory(), IDBKeyRange };
    settings = new MemorySettings();
    sessions = [];
    signIns = [];
    localName = `local-${(n += 1)}`;
  });
  afterEach(async () => {
    for (const session of sessions) session.close();
    await team.emulator.resume();
  });

  const emulatedSignIn: SignIn = async (_config, scopes) => {
    signIns.push([...scopes]);
    return fixedToken(team.emulator.acceptedToken);
  };

  function session(signIn: SignIn = emulatedSignIn): TeamSession {
    const { origin, fetch } = team.connection();
    const opened = new TeamSession({
      settings, signIn, defaults: { clientId: '', tenantId: '' }, graph: { origin, fetch }, indexedDb: machine,
      restBase: () => team.emulator.restBaseUrl(team.site),
      openLocal: async () => LocalClaimStore.open(localName, machine),
    });
    sessions.push(opened);
    return opened;
  }

  const controls = (s: TeamSession) => s.controls as TeamModeControls;
  const request = (provision: boolean) => ({ siteUrl: SITE_URL, clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com', provision });

  test('a workbook starts local; the admin provisions, migrates after reviewing duplicates, and the pane switches', async () => {
    const local = LocalClaimStore.open(localName, machine);
    await seedTeam(local);
    for (const [name, key] of [['深圳市格林电子有限公司', '格林电子'], ['格林电子（深圳）有限公司', '格林电子·深圳'], ['雅玛西电子', '雅玛西电子']]) {
      await local.claim(customer(name, key, ZHANG), actor(ZHANG), edit());
    }
    local.close();

    const pane = session();
    let switches = 0;
    pane.subscribe(() => { switches += 1; });
    expect((await pane.openStore()).kind).toBe('local');
    expect(await controls(pane).outbox()).toBeNull();

    // Reps connect to lists that do not exist yet: told to ask the admin.
    expect(await controls(pane).connect({ ...request(false) })).toEqual({ ok: false, message: { key: 'store.sharepoint.notProvisioned' } });
    expect(await controls(pane).connect({ ...request(true), siteUrl: ' ' })).toEqual({ ok: false, message: { key: 'team.siteRequired' } });
    expect(await controls(pane).connect({ ...request(true), clientId: '' })).toEqual({ ok: false, message: { key: 'team.signInMissing' } });
    expect(switches).toBe(0);

    const connected = await controls(pane).connect(request(true));
    expect(connected).toEqual({ ok: true, message: { key: 'team.provisioned', params: { site: SITE_URL } } });
    expect(signIns).toContainEqual(['https://graph.microsoft.com/Sites.Manage.All', 'https://graph.microsoft.com/User.Read']);
    // SharePoint's own token, for the permission set-up over its REST API.
    expect(signIns).toContainEqual(['https://contoso.sharepoint.com/AllSites.FullControl']);
    expect(team.site.list('ClaimRegisterCustomers')).toMatchObject({ writeSecurity: 2, scope: { inherits: false } });
    expect(switches).toBe(1);
    const store = await pane.openStore();
    expect(store.kind).toBe('sharepoint');
    expect(JSON.parse(settings.values.get(TEAM_SETTING)!)).toMatchObject({ clientId: 'app-id', location: { siteUrl: SITE_URL } });

    const first = await controls(pane).migrate({ actor: actor(MANAGER), today: TODAY, duplicatesReviewed: false });
    expect(first).toMatchObject({ ok: false, message: { key: 'store.migration.reviewDuplicates' } });
    expect(first.review.length).toBeGreaterThan(0);
    expect(await store.listCustomers()).toEqual([]);
    const second = await controls(pane).migrate({ actor: actor(MANAGER), today: TODAY, duplicatesReviewed: true });
    expect(second).toMatchObject({ ok: true, message: { key: 'store.migration.done', params: { customers: 3 } }, review: [] });
    expect((await store.listCustomers()).map((c) => c.record.dedupeKey).sort()).toEqual(['格林电子', '格林电子·深圳', '雅玛西电子']);
    expect(await controls(pane).outbox()).toEqual({ pending: 0, blockedBy: null, rejected: [] });

    const disconnected = await controls(pane).disconnect();
    expect(disconnected).toEqual({ ok: true, message: { key: 'team.disconnected' } });
    expect(switches).toBe(2);
    expect((await pane.openStore()).kind).toBe('local');
    expect(JSON.parse(settings.values.get(TEAM_SETTING)!)).toMatchObject({ clientId: 'app-id', location: null });
  });

  test('a connected workbook reopens offline on its copy; the workspace shows a queued registration as neither won nor lost', async () => {
    await seedTeam(await team.connect({ listPrefix: 'PaneOffline', provision: true }));
    // A workbook connected before (on lists of its own prefix): what the first connection saved.
    const remote = await team.connect({ listPrefix: 'PaneOffline' });
    await settings.set(TEAM_SETTING, {
      clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com',
      location: { siteUrl: SITE_URL, siteId: remote.lists.siteId, listIds: remote.lists.ids },
    });

    await team.emulator.stop();
    const pane = session();
    const store = await pane.openStore();
    expect(store.kind).toBe('sharepoint');
    const workspace = await RegisterWorkspace.open({
      host: new SandboxWorkbook(), store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`),
      newId: () => `pane-edit-${(n += 1)}`, currentUser: ZHANG.name,
    });
    await team.emulator.resume();
    expect((await controls(pane).syncNow()).ok).toBe(true);
    await workspace.refresh();
    expect(workspace.currentUser?.name).toBe('张三');

    await team.emulator.stop();
    const queued = await workspace.register('深圳市博蓝科技有限公司', { kind: 'visit' });
    expect(queued).toMatchObject({ ok: false, queued: true, reasons: [{ key: 'team.queued' }] });
    expect(workspace.records().map((r) => r.name)).not.toContain('深圳市博蓝科技有限公司');
    const waiting = await controls(pane).outbox();
    // One action, one outbox entry: the claim carries its visit line (issue 11).
    expect(waiting?.pending).toBe(1);
    expect(waiting?.blockedBy).toEqual({ key: 'store.unavailable.offline' });
    expect(await controls(pane).syncNow()).toEqual({ ok: false, message: { key: 'store.unavailable.offline' } });

    await team.emulator.resume();
    expect(await controls(pane).syncNow()).toEqual({ ok: true, message: { key: 'team.synced' } });
    await workspace.refresh();
    expect(workspace.records().find((r) => r.name === '深圳市博蓝科技有限公司')?.rep).toBe('张三');
    const log = await (await team.connect({ listPrefix: 'PaneOffline' })).listActivities();
    expect(log.filter((a) => a.customerName === '深圳市博蓝科技有限公司').map((a) => a.kind).sort()).toEqual(['claim', 'visit']);
    workspace.dispose();
  });

  test('team mode: the signed-in account is the rep (no picker); an account not on the roster is told so', async () => {
    addTeamAccounts(team);
    const secured = await setUpSecuredTeam(team, 'PaneIdentity');
    await settings.set(TEAM_SETTING, {
      clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com',
      location: { siteUrl: SITE_URL, siteId: secured.zhang.lists.siteId, listIds: secured.zhang.lists.ids },
    });
    const asZhang = session(async () => fixedToken(TEAM_ACCOUNTS.zhang.token));
    expect((await asZhang.openStore()).kind).toBe('sharepoint');
    expect(await controls(asZhang).signedIn()).toEqual({ account: TEAM_ACCOUNTS.zhang.email, entry: expect.objectContaining({ name: '张三' }) });
    const reps = [...team.site.security.groups.values()].find((g) => g.title === 'PaneIdentity Reps')!;
    reps.members.add(team.emulator.userId(team.site, TEAM_ACCOUNTS.outsider.token));
    const asOutsider = session(async () => fixedToken(TEAM_ACCOUNTS.outsider.token));
    await asOutsider.openStore();
    expect(await controls(asOutsider).signedIn()).toEqual({ account: TEAM_ACCOUNTS.outsider.email, entry: null });
    // Let the first background syncs finish before the panes close.
    await controls(asZhang).syncNow();
    await controls(asOutsider).syncNow();
    // Local mode has no account to ask.
    settings.values.delete(TEAM_SETTING);
    expect(await controls(session()).signedIn()).toBeNull();
  });

  test('a sign-in that fails reads as a sign-in problem, not as "SharePoint unreachable"', async () => {
    const pane = session(async () => ({ getAccessToken: async () => { throw new SignInRequiredError({ cause: new Error('user_cancelled') }); } }));
    expect(await controls(pane).connect(request(false))).toEqual({
      ok: false, message: { key: 'team.signInFailed', params: { detail: 'user_cancelled' } },
    });
  });
});
