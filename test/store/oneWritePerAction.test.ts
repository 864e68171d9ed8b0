import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Activity, EditContext } from '../../src/store/claimStore';
import { openTeamRegister } from '../../src/store/sync/teamRegister';
import type { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { REGISTER_SITES } from './registerSites';
import { addTeamAccounts, setUpSecuredTeam, type SecuredTeam } from './securedTeam';
import { actor, customer, edit, LI, MANAGER, ZHANG } from './storeFixtures';

const line = (context: EditContext, n: number, kind: Activity['kind'], key: string, rep: string, detail = ''): Activity => ({
  id: `${context.editId}:${n}`, kind, dedupeKey: key, customerName: key, actor: rep, rep, previousRep: '', date: context.today, detail,
});

/**
 * Issue 11: an action is one store write. On SharePoint that is one Graph request that writes (the $batch
 * with the row and its lines), whatever the action logs; through the outbox it is one entry.
 */
describe.each(REGISTER_SITES)('one store write per action (%s)', (_where, start) => {
  let team: EmulatedTeamSite;
  let t: SecuredTeam;
  let prefix = 0;

  beforeAll(async () => {
    team = await start();
    addTeamAccounts(team);
  });
  afterAll(() => team.close());
  beforeEach(async () => {
    t = await setUpSecuredTeam(team, `OneWrite${(prefix += 1)}`);
    team.emulator.clearLog();
  });

  /** Requests that change something, outside $batch sub-requests: each is one round trip that writes. */
  const writes = () => team.emulator.log.filter((e) => !e.inBatch && e.method !== 'GET').map((e) => `${e.method} ${e.url.split('?')[0]}`);

  test('a registration with its visit and a row contact: one $batch; a force-claim: one $batch, one 强制登记', async () => {
    const context = edit();
    const claimed = await t.zhang.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), context,
      [line(context, 0, 'visit', '格林电子', ZHANG.name), line(context, 1, 'phone', '格林电子', ZHANG.name)]);
    if (!claimed.ok) throw new Error('claim failed');
    expect(writes()).toEqual(['POST /$batch']);

    team.emulator.clearLog();
    const forcing = edit();
    const forced = await t.manager.transferCustomer({
      dedupeKey: '格林电子', toRep: LI.name, reason: '客户指定李四', expectedVersion: claimed.customer.version, kind: 'forceClaim',
      record: { ...claimed.customer.record, status: 'sample', sampleDate: forcing.today },
    }, actor(MANAGER), forcing, [{ ...line(forcing, 0, 'sample', '格林电子', LI.name, 'BL-466'), actor: MANAGER.name }]);
    expect(forced).toMatchObject({ ok: true, customer: { record: { rep: LI.name, status: 'sample' } } });
    // The batch, then the SharePoint REST call that makes the new owner the row's author (not a Graph write of the log).
    expect(writes().filter((w) => !w.includes('/_api/'))).toEqual(['POST /$batch']);
    const log = await t.manager.listActivities('格林电子');
    expect(log.map((a) => [a.kind, a.actor, a.previousRep, a.rep, a.claimedActor])).toEqual([
      ['claim', ZHANG.name, '', ZHANG.name, undefined], ['visit', ZHANG.name, '', ZHANG.name, undefined],
      ['phone', ZHANG.name, '', ZHANG.name, undefined], ['claim', MANAGER.name, ZHANG.name, LI.name, undefined],
      ['sample', MANAGER.name, '', LI.name, undefined],
    ]);
    expect(log.filter((a) => a.kind === 'transfer')).toEqual([]);
  });

  test('through the outbox a registration is one entry, and a lost answer replays it without doubling a line', async () => {
    const pane = openTeamRegister(t.zhang, { indexedDB: new IDBFactory(), IDBKeyRange });
    const context = edit();
    team.emulator.dropResponsesAtRandom({ rate: 1, match: /^POST \/\$batch/, random: () => 0 });
    const receipt = await pane.sync.submit({
      kind: 'claim', record: customer('雅玛西电子', '雅玛西电子', ZHANG), actor: actor(ZHANG), context,
      log: [line(context, 0, 'visit', '雅玛西电子', ZHANG.name)],
    });
    expect(receipt.state).toBe('queued');
    expect(await pane.sync.pending()).toHaveLength(1);
    team.emulator.dropResponsesAtRandom(null);
    expect((await pane.sync.flush()).remaining).toBe(0);
    const lines = [...team.site.list(`OneWrite${prefix}Activities`).items.values()].map((i) => [i.fields.ActivityId, i.fields.Kind]);
    expect(lines).toEqual([[context.editId, 'claim'], [`${context.editId}:0`, 'visit']]);
    pane.close();
  });

  test('a forged 转移 sent in one $batch with a PATCH of a colleague\'s row: SharePoint refuses the row, the line is never written', async () => {
    const li = await t.li.claim(customer('博蓝科技', '博蓝科技', LI), actor(LI), edit());
    if (!li.ok) throw new Error('claim failed');
    const lists = t.zhang.lists;
    const forged = { ...line(edit(), 0, 'transfer', '博蓝科技', ZHANG.name, '经理同意'), previousRep: LI.name };
    const reply = await lists.client.api('/$batch').post({ requests: [
      { id: 'row', method: 'PATCH', url: `${lists.itemsPath('customers')}/${li.customer.id}/fields`, body: { Rep: ZHANG.name },
        headers: { 'Content-Type': 'application/json', 'If-Match': li.customer.version } },
      { id: 'line0', method: 'POST', url: lists.itemsPath('activities'), dependsOn: ['row'], headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: '博蓝科技', ActivityId: forged.id, Kind: 'transfer', DedupeKey: '博蓝科技', Actor: '王经理', Rep: ZHANG.name } } },
    ] }) as { responses: { id: string; status: number }[] };
    expect(Object.fromEntries(reply.responses.map((r) => [r.id, r.status]))).toEqual({ row: 403, line0: 424 });
    expect((await t.manager.listActivities('博蓝科技')).map((a) => a.kind)).toEqual(['claim']);
    expect((await t.manager.getCustomer('博蓝科技'))?.record.rep).toBe(LI.name);
  });
});
