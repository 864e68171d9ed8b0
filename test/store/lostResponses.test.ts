import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openTeamRegister } from '../../src/store/sync/teamRegister';
import type { OutboxEdit } from '../../src/store/sync/outboxEdit';
import { EmulatedTeamSite, TEAM_ACCOUNTS } from '../graph/emulatedTeamSite';
import { REGISTER_SITES } from './registerSites';
import { addTeamAccounts, setUpSecuredTeam } from './securedTeam';
import { actor, customer, edit, LI, MANAGER, ZHANG } from './storeFixtures';

/** A small seeded generator, so a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Issue 13's fault run: 20 % of all write responses (POST/PATCH/DELETE, $batch included) are cut off after
 * SharePoint did the work, while a manager makes 200 transfers, take-overs and removes through the outbox.
 * Every edit must end with exactly one log line (and each line it carried once), and no remove may be reported "missing".
 */
describe.each(REGISTER_SITES)('edits under lost responses (%s)', (_where, start) => {
  let team: EmulatedTeamSite;

  beforeAll(async () => {
    team = await start();
    addTeamAccounts(team);
  });
  afterAll(() => team.close());
  afterEach(() => team.emulator.dropResponsesAtRandom(null));

  test('200 transfers / take-overs / removes with 20 % of answers lost: 0 log lines lost, 0 false "missing"', async () => {
    const t = await setUpSecuredTeam(team, 'Faults');
    const keys = Array.from({ length: 200 }, (_, n) => `故障客户${n}`);
    for (const key of keys) {
      const claimed = await t.zhang.claim(customer(key, key, ZHANG), actor(ZHANG), edit());
      if (!claimed.ok) throw new Error(`seed claim ${key} failed`);
    }
    const pane = openTeamRegister(t.manager, { indexedDB: new IDBFactory(), IDBKeyRange });
    await pane.sync.pull();
    team.emulator.dropResponsesAtRandom({ rate: 0.2, match: /^(POST|PATCH|DELETE) /, random: seeded(13) });

    const edits: OutboxEdit[] = [];
    let queued = 0;
    for (const [n, key] of keys.entries()) {
      const row = await t.manager.getCustomer(key);
      if (!row) throw new Error(`${key} vanished`);
      const context = edit();
      const change: OutboxEdit = n % 3 === 0
        ? { kind: 'transfer', request: { dedupeKey: key, toRep: LI.name, reason: '调整区域', expectedVersion: row.version }, actor: actor(MANAGER), context }
        : n % 3 === 1
          ? {
            kind: 'update', record: { ...row.record, rep: MANAGER.name, department: MANAGER.department }, expectedVersion: row.version,
            actor: actor(MANAGER), context,
            // The take-over's own visit travels in the same $batch (issue 11): it must survive lost answers too.
            log: [{ id: `${context.editId}:0`, kind: 'visit', dedupeKey: key, customerName: key, actor: MANAGER.name, rep: MANAGER.name, previousRep: '', date: context.today, detail: '' }],
          }
          : { kind: 'remove', dedupeKey: key, expectedVersion: row.version, actor: actor(MANAGER), context };
      edits.push(change);
      if ((await pane.sync.submit(change)).state === 'queued') queued += 1;
    }
    // Keep flushing (still under faults) until the outbox is empty.
    for (let round = 0; round < 50 && (await pane.sync.pending()).length > 0; round += 1) await pane.sync.flush();
    team.emulator.dropResponsesAtRandom(null);

    const rejected = await pane.sync.rejected();
    const lines = [...team.site.list('FaultsActivities').items.values()];
    const lineIds = new Set(lines.map((line) => String(line.fields.ActivityId)));
    const ids = edits.flatMap((e) => (e.kind === 'activity' ? [e.activity.id]
      : [e.context.editId, ...('log' in e ? (e.log ?? []).map((l) => l.id) : [])]));
    const lost = ids.filter((id) => !lineIds.has(id));
    const falseMissing = rejected.filter((r) => r.reason.key === 'store.update.missing');
    const figures = {
      edits: edits.length, answersDropped: team.emulator.droppedResponses, queuedAtSubmit: queued,
      logLinesLost: lost.length, falseMissing: falseMissing.length, rejected: rejected.length,
    };
    console.log(`lost responses: ${JSON.stringify(figures)}`);
    expect(team.emulator.droppedResponses).toBeGreaterThan(30);
    expect(await pane.sync.pending()).toHaveLength(0);
    expect(rejected).toEqual([]);
    expect(lost).toEqual([]);
    // Each edit's line once (ActivityId is unique), of the right kind, with the manager as SharePoint's author.
    const managerId = team.emulator.userId(team.site, TEAM_ACCOUNTS.manager.token);
    for (const change of edits) {
      const line = lines.filter((l) => l.fields.ActivityId === (change.kind === 'activity' ? '' : change.context.editId));
      expect(line).toHaveLength(1);
      expect(line[0].fields.Kind).toBe(change.kind === 'update' ? 'claim' : change.kind);
      expect(line[0].authorId).toBe(managerId);
      if (change.kind === 'update') expect(lines.filter((l) => l.fields.ActivityId === `${change.context.editId}:0`)).toHaveLength(1);
    }
    const rows = new Map([...team.site.list('FaultsCustomers').items.values()].map((i) => [String(i.fields.DedupeKey), i.fields.Rep]));
    edits.forEach((change, n) => {
      expect(rows.get(keys[n])).toBe(change.kind === 'transfer' ? LI.name : change.kind === 'update' ? MANAGER.name : undefined);
    });
    pane.close();
  }, 120_000);

  test('a Retry-After of 15 s queues the edit and returns at once instead of blocking', async () => {
    const t = await setUpSecuredTeam(team, 'LongWait');
    const pane = openTeamRegister(t.zhang, { indexedDB: new IDBFactory(), IDBKeyRange });
    team.emulator.failNext({ status: 429, retryAfterSeconds: 15, count: 1, match: /^POST \/\$batch/ });
    const claim: OutboxEdit = { kind: 'claim', record: customer('久等客户', '久等客户', ZHANG), actor: actor(ZHANG), context: edit() };
    const started = Date.now();
    expect(await pane.sync.submit(claim)).toEqual({ state: 'queued', reason: { key: 'store.unavailable.throttled' } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await pane.sync.pending()).toHaveLength(1);
    expect((await pane.sync.flush()).remaining).toBe(0);
    expect((await t.manager.getCustomer('久等客户'))?.record.rep).toBe(ZHANG.name);
    pane.close();
  }, 30_000);
});
