import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MemorySettings } from './memorySettings';
import type { RosterEntry } from '../../src/store/claimStore';
import type { IndexedDbSource } from '../../src/store/local/registerDatabase';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import { ONEDRIVE_OWNER_SCOPES } from '../../src/taskpane/teamMode/oneDriveSession';
import type { TeamModeControls } from '../../src/taskpane/teamMode/teamMode';
import { TeamSession } from '../../src/taskpane/teamMode/teamSession';
import { TEAM_SETTING } from '../../src/taskpane/teamMode/teamSettings';
import { EmulatedPersonalSite, MY_HOST, OWNER_PATH, PEOPLE } from '../graph/emulatedPersonalSite';
import { actor, customer, edit, MANAGER, TODAY, ZHANG } from './storeFixtures';


const ROSTER: RosterEntry[] = [{ ...MANAGER, account: PEOPLE.manager.upn }, { ...ZHANG, account: PEOPLE.rep.upn }];
const MY_SITE = `https://${MY_HOST}${OWNER_PATH}`;

/** 设置 → 数据存储 → 我的 OneDrive, end to end in the pane's team session on the emulated tenant. */
describe('the task pane on the manager\'s OneDrive', () => {
  let personal: EmulatedPersonalSite;
  const settings = new MemorySettings();
  const sessions: TeamSession[] = [];
  const signIns: string[][] = [];

  beforeAll(async () => {
    personal = await EmulatedPersonalSite.start();
  });
  afterAll(async () => {
    for (const session of sessions) session.close();
    await personal.close();
  });

  /** One person's pane on their own machine, signed in with their own token. */
  function paneOf(token: string, localName: string, machine: IndexedDbSource = { indexedDB: new IDBFactory(), IDBKeyRange }): TeamSession {
    const { origin, fetch } = personal.connection();
    const session = new TeamSession({
      settings, defaults: { clientId: '', tenantId: '' }, graph: { origin, fetch }, indexedDb: machine,
      signIn: async (_config, scopes) => {
        signIns.push([...scopes]);
        return fixedToken(token);
      },
      restBase: () => personal.emulator.restBaseUrl(personal.site),
      openLocal: async () => LocalClaimStore.open(localName, machine),
    });
    sessions.push(session);
    return session;
  }
  const controls = (s: TeamSession) => s.controls as TeamModeControls;
  const signIn = { clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com' };

  test('the manager connects with nothing but a sign-in, migrates, and the roster\'s rep is shared the lists', async () => {
    const machine: IndexedDbSource = { indexedDB: new IDBFactory(), IDBKeyRange };
    const manager = paneOf(PEOPLE.manager.token, 'manager-book', machine);
    const local = LocalClaimStore.open('manager-book', machine);
    for (const entry of ROSTER) await local.putRosterEntry(entry, actor(MANAGER), edit());
    await local.claim(customer('深圳市格林电子有限公司', '格林电子', ZHANG), actor(ZHANG), edit());
    local.close();

    expect(await controls(manager).connectOneDrive({ clientId: '', tenantId: '' })).toEqual({ ok: false, message: { key: 'team.signInMissing' } });
    const connected = await controls(manager).connectOneDrive(signIn);
    expect(connected).toEqual({ ok: true, message: { key: 'oneDrive.connected', params: { manager: '王经理', count: 0 } } });
    expect(signIns).toContainEqual(ONEDRIVE_OWNER_SCOPES);
    expect(JSON.parse(settings.values.get(TEAM_SETTING)!)).toMatchObject({
      location: { siteUrl: MY_SITE, siteId: personal.site.id, owner: { displayName: '王经理', email: PEOPLE.manager.upn } },
    });
    expect(await controls(manager).migrate({ actor: actor(MANAGER), today: TODAY, duplicatesReviewed: true }))
      .toMatchObject({ ok: true, message: { key: 'store.migration.done', params: { customers: 1 } } });
    // The migrated roster put 张三's account in the reps' group, over SharePoint REST with the OneDrive host's scope.
    expect(signIns).toContainEqual([`https://${MY_HOST}/AllSites.FullControl`]);
    expect([...personal.site.security.groups.values()].find((g) => g.title === 'ClaimRegister Reps')?.members.size).toBe(1);
  });

  test('a rep opening the workbook is connected from its settings alone and sees the register', async () => {
    const rep = paneOf(PEOPLE.rep.token, 'rep-book');
    const store = await rep.openStore();
    expect(store.kind).toBe('sharepoint');
    expect(await controls(rep).syncNow()).toEqual({ ok: true, message: { key: 'team.synced' } });
    expect((await store.listCustomers()).map((c) => c.record.dedupeKey)).toEqual(['格林电子']);
  });

  test('someone the lists were not shared with is told to ask 王经理', async () => {
    const outsider = paneOf(PEOPLE.outsider.token, 'outsider-book');
    await outsider.openStore();
    expect(await controls(outsider).syncNow()).toEqual({
      ok: false, message: { key: 'oneDrive.notShared', params: { manager: '王经理', email: PEOPLE.manager.upn } },
    });
  });
});
