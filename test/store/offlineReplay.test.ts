import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import type { TeamRegister } from '../../src/store/sync/teamRegister';
import { offlineTeamSite } from './offlineTeamSite';
import { REGISTER_SITES } from './registerSites';
import { actor, customer, edit, LI, MANAGER, TODAY, ZHANG } from './storeFixtures';

/**
 * Team mode on one rep's machine (fake-indexeddb stands in for the browser's IndexedDB; a "reload" is a new
 * engine, outbox and copy opened on the same IndexedDB) while the emulated SharePoint goes away and back.
 */
describe.each(REGISTER_SITES)('offline edits and replay (%s)', (_where, start) => {
  const site = offlineTeamSite('Offline', start);

  const startPane = (): Promise<TeamRegister> => site.openPane();

  const rows = (key: string) => [...site.team.site.list(`${site.listPrefix}Customers`).items.values()].filter((i) => i.fields.DedupeKey === key);
  const logLines = (id: string) => [...site.team.site.list(`${site.listPrefix}Activities`).items.values()].filter((i) => i.fields.ActivityId === id);

  test('edits made while SharePoint is down survive a reload and are replayed once, conflicts listed', async () => {
    const pane = await startPane();
    const colleague: SharePointClaimStore = await site.team.connect({ listPrefix: site.listPrefix });
    for (const [name, key] of [['格林电子', '格林电子'], ['雅玛西电子', '雅玛西电子']]) {
      expect((await pane.sync.submit({ kind: 'claim', record: customer(name, key, ZHANG), actor: actor(ZHANG), context: edit() })).state).toBe('applied');
    }
    const green = await pane.reader.getCustomer('格林电子');
    const yamaxi = await pane.reader.getCustomer('雅玛西电子');
    if (!green || !yamaxi) throw new Error('the copy did not receive the claims');

    await site.team.emulator.stop();
    const visit = { id: 'visit-green-1', kind: 'visit' as const, dedupeKey: '格林电子', customerName: '格林电子', actor: '张三', rep: '张三', previousRep: '', date: TODAY, detail: '' };
    const offline = [
      { kind: 'claim' as const, record: customer('博蓝科技有限公司', '博蓝科技', ZHANG), actor: actor(ZHANG), context: edit() },
      { kind: 'update' as const, record: { ...green.record, status: 'sample' as const, sampleDate: TODAY }, expectedVersion: green.version, actor: actor(ZHANG), context: edit() },
      { kind: 'activity' as const, activity: visit },
      { kind: 'claim' as const, record: customer('新星化工', '新星化工', ZHANG), actor: actor(ZHANG), context: edit() },
      { kind: 'update' as const, record: { ...yamaxi.record, remarks: '张三离线时写的' }, expectedVersion: yamaxi.version, actor: actor(ZHANG), context: edit() },
    ];
    for (const change of offline) {
      expect(await pane.sync.submit(change)).toEqual({ state: 'queued', reason: { key: 'store.unavailable.offline' } });
    }
    expect(await pane.sync.pending()).toHaveLength(5);
    expect(await pane.sync.status()).toEqual({ key: 'store.sync.queued', params: { count: 5 } });
    pane.close();

    // While the pane is closed, SharePoint comes back and colleagues get there first on two of the edits.
    await site.team.emulator.resume();
    expect(await colleague.claim(customer('新星化工有限公司', '新星化工', LI), actor(LI), edit())).toMatchObject({ ok: true });
    const manager = await site.team.connect({ listPrefix: site.listPrefix });
    const current = await manager.getCustomer('雅玛西电子');
    expect((await manager.updateCustomer({ ...yamaxi.record, remarks: '经理改的' }, current?.version ?? '', actor(MANAGER), edit())).ok).toBe(true);

    const reloaded = await startPane();
    expect((await reloaded.sync.pending()).map((entry) => entry.edit.kind)).toEqual(['claim', 'update', 'activity', 'claim', 'update']);
    const report = await reloaded.sync.flush();
    expect(report).toMatchObject({ remaining: 0, blockedBy: null });
    expect(report.results.size).toBe(5);

    expect(rows('博蓝科技')).toHaveLength(1);
    expect(rows('格林电子')[0]).toMatchObject({ version: 2, fields: { Status: '送样' } });
    expect(logLines('visit-green-1')).toHaveLength(1);
    expect(rows('新星化工')[0].fields.Rep).toBe('李四');
    expect(rows('雅玛西电子')[0].fields.Remarks).toBe('经理改的');

    const rejected = await reloaded.sync.rejected();
    expect(rejected.map((r) => [r.edit.kind, r.reason.key])).toEqual([
      ['claim', 'store.claim.taken'],
      ['update', 'store.update.conflict'],
    ]);
    expect(rejected[0]).toMatchObject({ reason: { params: { owner: '李四' } }, current: { record: { rep: '李四' } } });
    expect(rejected[1]).toMatchObject({ current: { record: { remarks: '经理改的' } } });
    expect(await reloaded.sync.pending()).toHaveLength(0);
    expect(await reloaded.sync.status()).toBeNull();
    expect((await reloaded.reader.getCustomer('格林电子'))?.record.status).toBe('sample');
    expect((await reloaded.reader.getCustomer('新星化工'))?.record.rep).toBe('李四');

    const before = site.team.emulator.requestCount;
    expect((await reloaded.sync.flush()).results.size).toBe(0);
    expect(site.team.emulator.requestCount).toBe(before);

    await reloaded.sync.dismiss(rejected[0].editId);
    expect(await reloaded.sync.rejected()).toHaveLength(1);
  });

  test('an edit whose answer was lost (the server did it) is replayed once after a reload, not twice', async () => {
    const pane = await startPane();
    site.team.emulator.dropResponses(1, /^POST \/\$batch/);
    const claim = { kind: 'claim' as const, record: customer('东方涂料', '东方涂料', ZHANG), actor: actor(ZHANG), context: edit() };
    expect((await pane.sync.submit(claim)).state).toBe('queued');
    expect(rows('东方涂料')).toHaveLength(1);
    pane.close();

    const reloaded = await startPane();
    const report = await reloaded.sync.flush();
    expect(report.results.get(claim.context.editId)).toMatchObject({ ok: true, customer: { record: { rep: '张三' } } });
    expect(rows('东方涂料')).toHaveLength(1);
    expect(logLines(claim.context.editId)).toHaveLength(1);
    expect(logLines(claim.context.editId)[0].fields.Kind).toBe('claim');

    const row = await reloaded.reader.getCustomer('东方涂料');
    // The row's PATCH travels in a $batch with nothing else (not a take-over: no log line).
    site.team.emulator.dropResponses(1, /^POST \/\$batch/);
    const update = { kind: 'update' as const, record: { ...row!.record, followUpNotes: '下周回访' }, expectedVersion: row!.version, actor: actor(ZHANG), context: edit() };
    expect((await reloaded.sync.submit(update)).state).toBe('queued');
    expect((await reloaded.sync.flush()).results.get(update.context.editId)).toMatchObject({ ok: true });
    expect(rows('东方涂料')[0].version).toBe(2);
    expect(await reloaded.sync.rejected()).toEqual([]);
  });

  test('an edit SharePoint refuses for good is listed and does not hold up the edits after it', async () => {
    const pane = await startPane();
    const tooLong = customer('超'.repeat(300), '超长名称', ZHANG);
    const next = { kind: 'claim' as const, record: customer('东方涂料', '东方涂料', ZHANG), actor: actor(ZHANG), context: edit() };
    await site.team.emulator.stop();
    await pane.sync.submit({ kind: 'claim', record: tooLong, actor: actor(ZHANG), context: edit() });
    await pane.sync.submit(next);
    await site.team.emulator.resume();

    const report = await pane.sync.flush();
    expect(report.remaining).toBe(0);
    expect(report.results.get(next.context.editId)).toMatchObject({ ok: true });
    const [refused] = await pane.sync.rejected();
    expect(refused).toMatchObject({ edit: { kind: 'claim' }, reason: { key: 'store.sharepoint.rejected', params: { name: tooLong.name } } });
    expect(rows('超长名称')).toHaveLength(0);
  });
});
