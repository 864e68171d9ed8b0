import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import { createGraphClient } from '../../src/store/sharepoint/graphClient';
import { connectOwnOneDrive, openSharedOneDrive } from '../../src/store/sharepoint/oneDriveRegister';
import { findPersonalSite } from '../../src/store/sharepoint/personalSite';
import { EmulatedPersonalSite, MY_HOST, OWNER_PATH, PEOPLE } from '../graph/emulatedPersonalSite';
import { actor, customer, edit, MANAGER, seedTeam, ZHANG } from './storeFixtures';

/** The manager's OneDrive as the register's home: finding it, provisioning, sharing, and who gets in. */
describe("the register on the manager's OneDrive", () => {
  let personal: EmulatedPersonalSite;
  let prefix = 0;
  const next = () => `Share${(prefix += 1)}`;

  beforeAll(async () => {
    personal = await EmulatedPersonalSite.start();
  });
  afterAll(() => personal.close());

  const as = (token: string) => personal.connection(fixedToken(token));

  test('the personal site is found through /me/drive, with its owner, no URL typed', async () => {
    const found = await findPersonalSite(createGraphClient(personal.managerConnection()));
    expect(found).toEqual({
      ok: true,
      value: { siteId: personal.site.id, siteUrl: `https://${MY_HOST}${OWNER_PATH}`, owner: { displayName: '王经理', email: 'wang@contoso.com' } },
    });
  });

  test('the same four lists as on a team site, 查重键 unique and indexed, each shared with the rep by role', async () => {
    const listPrefix = next();
    const granted: string[] = [];
    const connected = await connectOwnOneDrive({
      listPrefix,
      members: [{ account: 'WANG@contoso.com', isManager: true }, { account: PEOPLE.rep.upn, isManager: false }],
      grant: async (siteUrl, listId, account, role) => {
        granted.push(`${siteUrl} ${personal.site.list(listId).displayName} ${account} ${role}`);
        return personal.grant(siteUrl, listId, account, role);
      },
    }, personal.managerConnection());
    if (!connected.ok) throw new Error(connected.reason.key);
    const key = [...personal.site.list(`${listPrefix}Customers`).columns.values()].find((column) => column.name === 'DedupeKey');
    expect(key).toMatchObject({ enforceUniqueValues: true, indexed: true });
    expect(connected.value.location).toMatchObject({ siteId: personal.site.id, owner: { displayName: '王经理' } });
    // The owner is skipped (full control on their own OneDrive); reps read the roster and rules, write the rest.
    const site = `https://${MY_HOST}${OWNER_PATH}`;
    expect(granted).toEqual([
      `${site} ${listPrefix}Customers zhangsan@contoso.com contribute`,
      `${site} ${listPrefix}Activities zhangsan@contoso.com contribute`,
      `${site} ${listPrefix}Roster zhangsan@contoso.com read`,
      `${site} ${listPrefix}Settings zhangsan@contoso.com read`,
    ]);
    expect(connected.value.share).toEqual({ shared: ['zhangsan@contoso.com'], failed: null });
  });

  test('someone the lists were not shared with is told which manager to ask', async () => {
    const listPrefix = next();
    await personal.connect({ listPrefix, provision: true });
    const opened = await openSharedOneDrive(personal.location(listPrefix), as(PEOPLE.outsider.token));
    expect(opened).toEqual({ ok: false, reason: { key: 'oneDrive.notShared', params: { manager: '王经理', email: 'wang@contoso.com' } } });
  });

  test('nobody but the owner reaches the OneDrive site before something is shared with them', async () => {
    const client = createGraphClient(as(PEOPLE.outsider.token));
    await expect(client.api(`/sites/${personal.site.id}/lists`).get()).rejects.toMatchObject({ statusCode: 403 });
  });

  test('a shared rep registers customers but cannot change the manager-only roster', async () => {
    const listPrefix = next();
    await seedTeam(await personal.connect({ listPrefix, provision: true }));
    const rep = await personal.connect({ listPrefix });
    expect((await rep.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit())).ok).toBe(true);
    expect((await rep.getRoster()).map((entry) => entry.name)).toEqual(['王经理', '张三', '李四']);
    // Even naming the manager as actor, the server refuses: the rep's token has only Read on the roster.
    await expect(rep.putRosterEntry({ ...ZHANG, isManager: true }, actor(MANAGER), edit())).rejects.toMatchObject({ status: 403 });
    expect([...personal.site.list(`${listPrefix}Roster`).items.values()].map((item) => item.fields.IsManager)).toEqual([true, false, false]);
  });

  test('a personal Microsoft account (consumer OneDrive) is told it has no lists', async () => {
    const connected = await connectOwnOneDrive({ members: [], grant: personal.grant }, as(PEOPLE.consumer.token));
    expect(connected).toEqual({ ok: false, reason: { key: 'oneDrive.consumerAccount' } });
  });

  test('a work account whose OneDrive was never opened is told to open it once', async () => {
    const connected = await connectOwnOneDrive({ members: [], grant: personal.grant }, as(PEOPLE.outsider.token));
    expect(connected).toEqual({ ok: false, reason: { key: 'oneDrive.noDrive' } });
  });
});
