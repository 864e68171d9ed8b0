import type { RosterEntry } from '../../src/store/claimStore';
import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import { createGraphClient } from '../../src/store/sharepoint/graphClient';
import { connectOwnOneDrive, openSharedOneDrive } from '../../src/store/sharepoint/oneDriveRegister';
import { findPersonalSite } from '../../src/store/sharepoint/personalSite';
import { EmulatedPersonalSite, MY_HOST, OWNER_PATH, PEOPLE } from '../graph/emulatedPersonalSite';
import { actor, customer, edit, MANAGER, ZHANG } from './storeFixtures';

const ROSTER: RosterEntry[] = [{ ...MANAGER, account: PEOPLE.manager.upn }, { ...ZHANG, account: PEOPLE.rep.upn }];

/** The manager's OneDrive as the register's home: finding it, provisioning, sharing by roster, who gets in. */
describe("the register on the manager's OneDrive", () => {
  let personal: EmulatedPersonalSite;
  let prefix = 0;
  let listPrefix: string;

  beforeAll(async () => {
    personal = await EmulatedPersonalSite.start();
  });
  afterAll(() => personal.close());
  beforeEach(() => {
    listPrefix = `Share${(prefix += 1)}`;
  });

  const as = (token: string) => personal.connection(fixedToken(token));
  const ownConnect = () => connectOwnOneDrive({ listPrefix, restFor: personal.restFor }, personal.managerConnection());
  /** The manager connects and writes the roster with the team's accounts (which shares the lists). */
  async function managerWithRoster() {
    const connected = await ownConnect();
    if (!connected.ok) throw new Error(connected.reason.key);
    for (const entry of ROSTER) expect(await connected.value.store.putRosterEntry(entry, actor(MANAGER), edit())).toEqual({ ok: true });
    return connected.value;
  }
  const openAs = (token: string, location = personal.location(listPrefix)) => openSharedOneDrive(location, as(token));

  test('the personal site is found through /me/drive, with its owner: no URL typed', async () => {
    expect(await findPersonalSite(createGraphClient(personal.managerConnection()))).toEqual({
      ok: true,
      value: { siteId: personal.site.id, siteUrl: `https://${MY_HOST}${OWNER_PATH}`, owner: { displayName: '王经理', email: 'wang@contoso.com' } },
    });
  });

  test('the same four lists as on a team site, 查重键 unique and indexed, with the register\'s permissions', async () => {
    const { location } = await managerWithRoster();
    const customers = personal.site.list(`${listPrefix}Customers`);
    expect([...customers.columns.values()].find((c) => c.name === 'DedupeKey')).toMatchObject({ enforceUniqueValues: true, indexed: true });
    expect(customers.scope.inherits).toBe(false);
    expect(customers.writeSecurity).toBe(2);
    expect(personal.site.list(`${listPrefix}Activities`).scope.inherits).toBe(false);
    expect(location).toEqual({ siteUrl: `https://${MY_HOST}${OWNER_PATH}`, siteId: personal.site.id, listIds: expect.any(Object), owner: { displayName: '王经理', email: 'wang@contoso.com' } });

    // Connecting again (after the roster grew, say) shares with every roster account but the owner, once more.
    const again = await ownConnect();
    expect(again).toMatchObject({ ok: true, value: { sharedWith: [PEOPLE.rep.upn] } });
  });

  test('only the owner reaches the OneDrive until something is shared, and then only what was shared', async () => {
    const connected = await ownConnect();
    if (!connected.ok) throw new Error(connected.reason.key);
    const lists = (token: string) => createGraphClient(as(token)).api(`/sites/${personal.site.id}/lists`).get() as Promise<{ value: { id: string }[] }>;
    await expect(lists(PEOPLE.outsider.token)).rejects.toMatchObject({ statusCode: 403 });
    // The rep holds lists of earlier tests (other prefixes) but not these, which were not shared with him.
    const seen = (await lists(PEOPLE.rep.token)).value.map((list) => list.id);
    expect(seen.some((id) => Object.values(connected.value.location.listIds).includes(id))).toBe(false);
  });

  test('someone not on the roster is told which manager to ask; a rep on it gets in', async () => {
    const { location } = await managerWithRoster();
    expect(await openAs(PEOPLE.outsider.token, location)).toEqual({
      ok: false, reason: { key: 'oneDrive.notShared', params: { manager: '王经理', email: 'wang@contoso.com' } },
    });
    expect(await openAs(PEOPLE.rep.token, location)).toMatchObject({ ok: true });
  });

  test('a shared rep registers customers, but SharePoint refuses him the roster and the manager\'s rows', async () => {
    const { store: manager, location } = await managerWithRoster();
    const opened = await openAs(PEOPLE.rep.token, location);
    if (!opened.ok) throw new Error(opened.reason.key);
    const rep = opened.value;
    expect((await rep.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit())).ok).toBe(true);
    expect((await manager.claim(customer('雅玛西电子', '雅玛西电子', MANAGER), actor(MANAGER), edit())).ok).toBe(true);

    expect(await rep.putRosterEntry({ ...ZHANG, isManager: true }, actor(ZHANG), edit())).toMatchObject({
      ok: false, problem: 'forbidden', reason: { key: 'store.roster.managerOnly' },
    });
    // Straight through Graph, past the add-in's own check, SharePoint refuses it.
    const roster = createGraphClient(as(PEOPLE.rep.token)).api(`/sites/${personal.site.id}/lists/${location.listIds.roster}/items`);
    await expect(roster.post({ fields: { Title: '张三', RepName: '张三x', IsManager: true } })).rejects.toMatchObject({ statusCode: 403 });
    const theirs = await rep.getCustomer('雅玛西电子');
    const takeover = await rep.updateCustomer({ ...theirs!.record, phone: '13800000000' }, theirs!.version, actor(ZHANG), edit());
    expect(takeover).toMatchObject({ ok: false, problem: 'forbidden' });
    expect((await manager.getCustomer('雅玛西电子'))?.record.phone).toBe(theirs!.record.phone);
    expect([...personal.site.list(`${listPrefix}Roster`).items.values()].map((i) => i.fields.IsManager)).toEqual([true, false]);
  });

  test('taking someone off the roster takes the lists away from them', async () => {
    const { store: manager, location } = await managerWithRoster();
    expect(await manager.removeRosterEntry(ZHANG.name, actor(MANAGER), edit())).toEqual({ ok: true });
    expect(await openAs(PEOPLE.rep.token, location)).toMatchObject({ ok: false, reason: { key: 'oneDrive.notShared' } });
  });

  test('a personal Microsoft account (consumer OneDrive) is told it has no lists', async () => {
    expect(await connectOwnOneDrive({ restFor: personal.restFor }, as(PEOPLE.consumer.token))).toEqual({ ok: false, reason: { key: 'oneDrive.consumerAccount' } });
  });

  test('a work account whose OneDrive was never opened is told to open it once', async () => {
    expect(await connectOwnOneDrive({ restFor: personal.restFor }, as(PEOPLE.outsider.token))).toEqual({ ok: false, reason: { key: 'oneDrive.noDrive' } });
  });
});
