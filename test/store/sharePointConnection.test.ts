import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SignInRequiredError, fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import { connectSharePoint } from '../../src/store/sharepoint/connectSharePoint';
import { StoreUnavailableError } from '../../src/store/storeUnavailable';
import { connectTeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedTeamSite, SITE_URL } from '../graph/emulatedTeamSite';
import { actor, customer, edit, seedTeam, ZHANG } from './storeFixtures';

/** Connecting a site: what an admin or a rep is told when it cannot work. */
describe('connecting SharePoint', () => {
  let team: EmulatedTeamSite;

  beforeAll(async () => {
    team = await EmulatedTeamSite.start();
  });
  afterAll(() => team.close());

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

  test('the admin\'s first connection creates the four lists with a unique, indexed 查重键; a second one changes nothing', async () => {
    expect((await connectSharePoint({ siteUrl: SITE_URL, listPrefix: 'Setup', provision: true }, team.connection())).ok).toBe(true);
    const key = team.site.list('SetupCustomers').column('DedupeKey');
    expect(key).toMatchObject({ enforceUniqueValues: true, indexed: true });
    expect(team.site.list('SetupActivities').column('ActivityId')).toMatchObject({ enforceUniqueValues: true, indexed: true });
    expect([...team.site.lists.values()].filter((l) => l.displayName.startsWith('Setup')).map((l) => l.displayName).sort())
      .toEqual(['SetupActivities', 'SetupCustomers', 'SetupRoster', 'SetupSettings']);
    team.emulator.clearLog();
    expect((await connectSharePoint({ siteUrl: `${SITE_URL}/`, listPrefix: 'Setup', provision: true }, team.connection())).ok).toBe(true);
    expect(team.emulator.log.map((e) => e.method)).toEqual(['GET', 'GET']);
  });

  test.each([
    ['a rep on a site nobody has set up', { siteUrl: SITE_URL, listPrefix: 'Nothing' }, 'store.sharepoint.notProvisioned'],
    ['a site that does not exist', { siteUrl: 'https://contoso.sharepoint.com/sites/nowhere' }, 'store.sharepoint.siteNotFound'],
    ['an address that is not a site', { siteUrl: 'contoso/sales' }, 'store.sharepoint.badSiteUrl'],
    ['plain http', { siteUrl: 'http://contoso.sharepoint.com/sites/sales' }, 'store.sharepoint.badSiteUrl'],
  ])('%s is told so', async (_label, config, key) => {
    expect(await connectSharePoint(config, team.connection())).toMatchObject({ ok: false, reason: { key } });
  });

  test('a 查重键 column that lost "enforce unique values" is refused: races could not be decided', async () => {
    await connectSharePoint({ siteUrl: SITE_URL, listPrefix: 'Tampered', provision: true }, team.connection());
    const column = team.site.list('TamperedCustomers').column('DedupeKey');
    if (column) column.enforceUniqueValues = false;
    expect(await connectSharePoint({ siteUrl: SITE_URL, listPrefix: 'Tampered' }, team.connection())).toMatchObject({
      ok: false, reason: { key: 'store.sharepoint.uniqueMissing', params: { list: 'TamperedCustomers', column: 'DedupeKey' } },
    });
  });

  test.each([
    ['a token the server refuses (401)', fixedToken('expired')],
    ['no token at all (sign-in failed)', { getAccessToken: async () => { throw new SignInRequiredError(); } }],
  ])('%s asks the user to sign in again', async (_label, tokens) => {
    const error = await failure(connectSharePoint({ siteUrl: SITE_URL }, team.connection(tokens)));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason.key).toBe('store.unavailable.signIn');
  });

  test('no server: offline', async () => {
    await team.emulator.stop();
    const error = await failure(connectSharePoint({ siteUrl: SITE_URL }, team.connection()));
    await team.emulator.resume();
    expect((error as StoreUnavailableError).reason.key).toBe('store.unavailable.offline');
  });

  test('switching a workbook to team mode: connect, first sync into the local copy, then keep in step', async () => {
    const admin = await team.connect({ listPrefix: 'Switch', provision: true });
    await seedTeam(admin);
    await admin.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit());
    const connected = await connectTeamRegister({ siteUrl: SITE_URL, listPrefix: 'Switch' }, team.connection(), { indexedDB: new IDBFactory(), IDBKeyRange });
    if (!connected.ok) throw new Error(connected.reason.key);
    const pane = connected.value;
    expect((await pane.reader.listCustomers()).map((c) => c.record.dedupeKey)).toEqual(['格林电子']);

    const stop = pane.startAutoSync(50);
    let unsubscribe = (): void => undefined;
    const heard = new Promise<void>((resolve) => {
      unsubscribe = pane.reader.subscribe(resolve);
    });
    await admin.claim(customer('雅玛西电子', '雅玛西电子', ZHANG), actor(ZHANG), edit());
    await heard;
    unsubscribe();
    stop();
    await pane.sync.pull(); // runs after any sync the timer had started
    expect((await pane.reader.listCustomers()).map((c) => c.record.dedupeKey).sort()).toEqual(['格林电子', '雅玛西电子'].sort());
    pane.close();
  });
});
