import { formatMessage, type Message } from '../../src/i18n/message';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { EmulatedTeamSite, TEAM_ACCOUNTS } from '../graph/emulatedTeamSite';
import { addTeamAccounts, setUpSecuredTeam, type SecuredTeam } from './securedTeam';
import { actor, customer, edit, LI, MANAGER, TODAY, ZHANG } from './storeFixtures';
import { findBreaches } from '../../src/core/claims/breaches';
import { claimPolicy } from '../../src/core/claims/claimPolicy';

/**
 * Every attack of issue 13, made with 张三's own delegated token (an ordinary member of the site), through
 * the add-in's store and straight through Graph / SharePoint REST. Each is refused by SharePoint with its
 * own error — nothing changes and nothing is logged falsely — or, where a server cannot refuse it (a forged
 * Actor column), the server's createdBy exposes it. The tally is printed for the report.
 */
describe('attacks by a rep with his own token', () => {
  let team: EmulatedTeamSite;
  let prefix = 0;
  let t: SecuredTeam;
  let listPrefix: string;
  const tally = { tried: 0, refusedByServer: 0, refusedByClient: 0, flagged: 0 };

  beforeAll(async () => {
    team = await EmulatedTeamSite.start();
    addTeamAccounts(team);
  });
  afterAll(async () => {
    console.log(`attacks: ${JSON.stringify(tally)}`);
    await team.close();
  });
  beforeEach(async () => {
    listPrefix = `Attack${(prefix += 1)}`;
    t = await setUpSecuredTeam(team, listPrefix);
  });

  const list = (suffix: string) => team.site.list(`${listPrefix}${suffix}`);
  const snapshot = () => JSON.stringify(['Customers', 'Activities', 'Roster', 'Settings'].map((s) => [...list(s).items.values()]));

  /** A direct Graph call with the rep's client: must fail with SharePoint's 403 accessDenied. */
  async function refusedByGraph(store: SharePointClaimStore, call: (api: SharePointClaimStore['lists']['client']) => Promise<unknown>): Promise<void> {
    tally.tried += 1;
    const before = snapshot();
    const error = await call(store.lists.client).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 403, code: 'accessDenied' });
    expect(snapshot()).toBe(before);
    tally.refusedByServer += 1;
  }

  /** Through the store: refused, with a Chinese reason; nothing written. */
  async function refusedByStore(attempt: Promise<{ ok: boolean; reason?: Message }>, key: string, server: boolean): Promise<void> {
    tally.tried += 1;
    const before = snapshot();
    const outcome = await attempt;
    expect(outcome).toMatchObject({ ok: false, problem: 'forbidden', reason: { key } });
    expect(formatMessage(outcome.reason as Message, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(snapshot()).toBe(before);
    if (server) tally.refusedByServer += 1;
    else tally.refusedByClient += 1;
  }

  async function liCustomer() {
    const outcome = await t.li.claim(customer('格林电子', '格林电子', LI), actor(LI), edit());
    if (!outcome.ok) throw new Error('li could not claim');
    return outcome.customer;
  }

  const itemPath = (listSuffix: string, id: string | number) => `/sites/${team.site.id}/lists/${list(listSuffix).id}/items/${id}`;

  test('control: with the site\'s default member rights (no permission set-up) the same PATCH would work', async () => {
    const open = await team.connectAs(team.emulator.acceptedToken, { listPrefix: 'Unsecured', provision: true, rest: undefined });
    await open.putRosterEntry({ ...LI }, actor(MANAGER), edit());
    const row = await open.claim(customer('格林电子', '格林电子', LI), actor(LI), edit());
    if (!row.ok) throw new Error('claim failed');
    const zhang = await team.connectAs(TEAM_ACCOUNTS.zhang.token, { listPrefix: 'Unsecured' });
    await zhang.lists.client.api(`/sites/${team.site.id}/lists/${zhang.lists.ids.customers}/items/${row.customer.id}/fields`).patch({ Rep: '张三' });
    expect((await open.getCustomer('格林电子'))?.record.rep).toBe('张三');
  });

  test('transferring a colleague\'s customer by naming himself 王经理', async () => {
    const row = await liCustomer();
    await refusedByStore(t.zhang.transferCustomer({ dedupeKey: '格林电子', toRep: ZHANG.name, reason: '我是经理', expectedVersion: row.version },
      actor(MANAGER), edit()), 'store.identity.mismatch', false);
    await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Customers', row.id)}/fields`).patch({ Rep: '张三', Department: '销售一部' }));
    // Making himself the row's author through SharePoint REST is refused as well.
    tally.tried += 1;
    const rest = await fetchRest(`/_api/web/lists(guid'${list('Customers').id}')/items(${row.id})/validateupdatelistitem`, TEAM_ACCOUNTS.zhang.token, {
      formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${TEAM_ACCOUNTS.zhang.email}` }]) }], bNewDocumentUpdate: true,
    });
    expect(rest).toMatchObject({ status: 403, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' } } });
    tally.refusedByServer += 1;
  });

  test('taking over a protected customer through updateCustomer', async () => {
    const row = await liCustomer();
    await refusedByStore(t.zhang.updateCustomer({ ...row.record, rep: ZHANG.name, department: ZHANG.department }, row.version, actor(ZHANG), edit()),
      'store.sharepoint.denied.customers', true);
    expect((await t.manager.listActivities('格林电子')).map((a) => a.kind)).toEqual(['claim']);
  });

  test('PATCHing Rep / ProtectedUntil on a colleague\'s row straight through Graph, and deleting it', async () => {
    const row = await liCustomer();
    await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Customers', row.id)}/fields`).patch({ ProtectedUntil: '2020-01-01' }));
    await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Customers', row.id)}/fields`).header('If-Match', row.version).patch({ Rep: '张三' }));
    await refusedByGraph(t.zhang, (api) => api.api(itemPath('Customers', row.id)).delete());
    // Not even his own row: deleting customers is a manager's action.
    const own = await t.zhang.claim(customer('雅玛西电子', '雅玛西电子', ZHANG), actor(ZHANG), edit());
    if (!own.ok) throw new Error('claim failed');
    await refusedByGraph(t.zhang, (api) => api.api(itemPath('Customers', own.customer.id)).delete());
  });

  test('setting IsManager on himself, then changing the rules', async () => {
    const self = [...list('Roster').items.values()].find((i) => i.fields.RepName === ZHANG.name);
    await refusedByStore(t.zhang.putRosterEntry({ ...ZHANG, isManager: true, account: TEAM_ACCOUNTS.zhang.email }, actor(ZHANG), edit()),
      'store.roster.managerOnly', false);
    await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Roster', self!.id)}/fields`).patch({ IsManager: true }));
    await refusedByStore(t.zhang.saveSettings({ protectDays: 9999 }, null, actor(ZHANG), edit()), 'store.settings.managerOnly', false);
    await refusedByGraph(t.zhang, (api) => api.api(`/sites/${team.site.id}/lists/${list('Settings').id}/items`)
      .post({ fields: { Title: 'claim-policy', SettingsKey: 'claim-policy', SettingsJson: '{"protectDays":9999}' } }));
    // Nor can he join the managers group or loosen the lists' settings through SharePoint REST.
    const managers = [...team.site.security.groups.values()].find((g) => g.title === `${listPrefix} Managers`)!;
    for (const [path, body] of [
      [`/_api/web/sitegroups(${managers.id})/users`, { LoginName: `i:0#.f|membership|${TEAM_ACCOUNTS.zhang.email}` }],
      [`/_api/web/lists(guid'${list('Customers').id}')/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`, undefined],
    ] as const) {
      tally.tried += 1;
      expect(await fetchRest(path, TEAM_ACCOUNTS.zhang.token, body)).toMatchObject({ status: 403 });
      tally.refusedByServer += 1;
    }
    tally.tried += 1;
    expect(await fetchRest(`/_api/web/lists(guid'${list('Customers').id}')`, TEAM_ACCOUNTS.zhang.token, { WriteSecurity: 1 }, { 'X-HTTP-Method': 'MERGE' }))
      .toMatchObject({ status: 403 });
    tally.refusedByServer += 1;
    expect(managers.members.has(team.emulator.userId(team.site, TEAM_ACCOUNTS.zhang.token))).toBe(false);
    expect(list('Customers').writeSecurity).toBe(2);
  });

  test('deleting or rewriting the append-only log — a manager cannot either', async () => {
    await liCustomer();
    const lines = [...list('Activities').items.values()];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      await refusedByGraph(t.zhang, (api) => api.api(itemPath('Activities', line.id)).delete());
      await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Activities', line.id)}/fields`).patch({ Actor: '张三' }));
      await refusedByGraph(t.manager, (api) => api.api(itemPath('Activities', line.id)).delete());
    }
  });

  test('forged log lines with Actor=王经理 are stamped with his own account and flagged', async () => {
    tally.tried += 2;
    const forged = { id: 'forged-1', kind: 'transfer' as const, dedupeKey: '格林电子', customerName: '格林电子', actor: '王经理', rep: '张三', previousRep: '李四', date: '2026-10-08' as never, detail: '经理同意' };
    expect((await t.zhang.appendActivity(forged)).ok).toBe(true);
    await t.zhang.lists.client.api(`/sites/${team.site.id}/lists/${list('Activities').id}/items`)
      .post({ fields: { Title: '格林电子', ActivityId: 'forged-2', Kind: 'transfer', DedupeKey: '格林电子', Actor: '王经理', AuthorLookupId: 1, Author: '王经理' } });
    const zhangId = team.emulator.userId(team.site, TEAM_ACCOUNTS.zhang.token);
    const stored = [...list('Activities').items.values()].filter((i) => String(i.fields.ActivityId).startsWith('forged'));
    expect(stored.map((i) => i.authorId)).toEqual([zhangId, zhangId]);
    const read = (await t.manager.listActivities('格林电子')).filter((a) => a.id.startsWith('forged'));
    expect(read.map((a) => [a.actor, a.claimedActor])).toEqual([['张三', '王经理'], ['张三', '王经理']]);
    tally.flagged += 2;
  });

  test('demoting the only manager', async () => {
    const boss = [...list('Roster').items.values()].find((i) => i.fields.RepName === MANAGER.name);
    await refusedByStore(t.zhang.putRosterEntry({ ...MANAGER, isManager: false, account: TEAM_ACCOUNTS.manager.email }, actor(ZHANG), edit()),
      'store.roster.managerOnly', false);
    await refusedByGraph(t.zhang, (api) => api.api(`${itemPath('Roster', boss!.id)}/fields`).patch({ IsManager: false }));
    await refusedByGraph(t.zhang, (api) => api.api(itemPath('Roster', boss!.id)).delete());
  });

  test('an account not on the roster can read but not register, and is told to ask a manager', async () => {
    // Not in the reps group: SharePoint does not even show it the lists.
    expect(await team.connectAs(TEAM_ACCOUNTS.outsider.token, { listPrefix }).catch(() => null)).toBeNull();
    // In the reps group (IT added the account) but not on the roster: look-ups work, registering does not.
    const reps = [...team.site.security.groups.values()].find((g) => g.title === `${listPrefix} Reps`)!;
    reps.members.add(team.emulator.userId(team.site, TEAM_ACCOUNTS.outsider.token));
    const outsider = await team.connectAs(TEAM_ACCOUNTS.outsider.token, { listPrefix });
    await liCustomer();
    expect((await outsider.getCustomer('格林电子'))?.record.rep).toBe(LI.name);
    expect(await outsider.whoAmI()).toEqual({ account: TEAM_ACCOUNTS.outsider.email, entry: null });
    await refusedByStore(outsider.claim(customer('博蓝科技', '博蓝科技', ZHANG), { name: '张三' }, edit()), 'store.identity.notOnRoster', false);
    expect(formatMessage({ key: 'store.identity.notOnRoster', params: { account: TEAM_ACCOUNTS.outsider.email } })).toContain('请联系经理');
  });

  test('a burst of 500 claims (the quota of 30 is policy, not a permission) is detected with who and when', async () => {
    tally.tried += 1;
    const rows = Array.from({ length: 500 }, (_, n) => ({ record: customer(`抢注客户${n}`, `抢注客户${n}`, ZHANG), editId: `burst-${n}` }));
    const burst = await t.zhang.importCustomers(rows);
    expect(burst.uploaded).toHaveLength(500);
    const zhangId = team.emulator.userId(team.site, TEAM_ACCOUNTS.zhang.token);
    expect([...list('Customers').items.values()].filter((i) => i.authorId === zhangId)).toHaveLength(500);
    const breaches = findBreaches((await t.manager.listCustomers()).map((c) => c.record), await t.manager.listActivities(), claimPolicy(), TODAY);
    expect(breaches.filter((b) => b.kind === 'overQuota')).toEqual([
      expect.objectContaining({ kind: 'overQuota', rep: '张三', count: 500, quota: 30, since: '2026-10-01' }),
    ]);
    tally.flagged += 1;
  }, 60_000);

  async function fetchRest(path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
    const http = (await import('../graph/trustingFetch')).trustingFetch(team.emulator.certificate.cert);
    try {
      const response = await http.fetch(`${team.emulator.restBaseUrl(team.site)}${path}`, {
        method: body === undefined && !path.includes('(') ? 'GET' : 'POST',
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) as unknown : null };
    } finally {
      http.close();
    }
  }
});
