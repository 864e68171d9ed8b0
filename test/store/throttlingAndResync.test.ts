import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StoreUnavailableError } from '../../src/store/storeUnavailable';
import { openTeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { REGISTER_SITES } from './registerSites';
import { actor, customer, edit, LI, MANAGER, seedTeam, ZHANG } from './storeFixtures';

/** Throttling (whole requests and $batch sub-requests) and the delta 410 path, against the emulator. */
describe.each(REGISTER_SITES)('throttling and resync (%s)', (_where, start) => {
  let team: EmulatedTeamSite;
  let prefix = 0;
  let listPrefix: string;

  beforeAll(async () => {
    team = await start();
  });
  afterAll(() => team.close());
  beforeEach(async () => {
    listPrefix = `Throttle${(prefix += 1)}`;
    await seedTeam(await team.connect({ listPrefix, provision: true }));
    team.emulator.clearLog();
  });

  const batches = () => team.emulator.log.filter((entry) => entry.url === '/$batch');

  test('a throttled request is retried after the Retry-After the server asked for', async () => {
    const store = await team.connect({ listPrefix });
    team.emulator.failNext({ status: 429, retryAfterSeconds: 1, count: 2, match: /^POST \/\$batch/ });
    const started = Date.now();
    const outcome = await store.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit());
    expect(outcome.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(batches().map((entry) => entry.status)).toEqual([429, 429, 200]);
  }, 15_000);

  test('503 and 504 are retried the same way', async () => {
    const store = await team.connect({ listPrefix });
    await store.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit());
    team.emulator.clearLog();
    team.emulator.failNext({ status: 503, retryAfterSeconds: 1, count: 1, match: /^GET / });
    team.emulator.failNext({ status: 504, retryAfterSeconds: 1, count: 1, match: /^GET / });
    expect((await store.getCustomer('格林电子'))?.record.rep).toBe('张三');
    expect(team.emulator.log.map((entry) => entry.status)).toEqual([503, 504, 200]);
  }, 15_000);

  test('throttled past the retries: the store says so, the outbox keeps the edit and sends it later', async () => {
    const impatient = await team.connect({ listPrefix }, { maxRetries: 1 });
    team.emulator.failNext({ status: 429, retryAfterSeconds: 1, count: 2, match: /^POST \/\$batch/ });
    const record = customer('雅玛西电子', '雅玛西电子', ZHANG);
    const error = await impatient.claim(record, actor(ZHANG), edit()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason.key).toBe('store.unavailable.throttled');

    const team2 = openTeamRegister(impatient, { indexedDB: new IDBFactory(), IDBKeyRange });
    team.emulator.failNext({ status: 429, retryAfterSeconds: 1, count: 2, match: /^POST \/\$batch/ });
    const receipt = await team2.sync.submit({ kind: 'claim', record, actor: actor(ZHANG), context: edit() });
    expect(receipt).toEqual({ state: 'queued', reason: { key: 'store.unavailable.throttled' } });
    expect((await team2.sync.flush()).remaining).toBe(0);
    expect((await impatient.getCustomer('雅玛西电子'))?.record.rep).toBe('张三');
    team2.close();
  }, 20_000);

  test('throttled sub-requests of a $batch wait for their Retry-After and are re-sent one by one', async () => {
    let waited = 0;
    const store = await team.connect({ listPrefix }, {
      sleep: async (ms) => {
        waited += ms;
      },
    });
    team.emulator.clearLog();
    team.emulator.failNextBatchItems({ status: 429, retryAfterSeconds: 3, count: 1 });
    const context = edit();
    const outcome = await store.claim(customer('博蓝科技', '博蓝科技', ZHANG), actor(ZHANG), context);
    expect(outcome.ok).toBe(true);
    expect(waited).toBe(3000);
    const steps = team.emulator.log.map((entry) => `${entry.method} ${entry.url.split('/').slice(-1)[0]} ${entry.status}${entry.inBatch ? ' (in batch)' : ''}`);
    expect(steps).toEqual([
      // The roster first: who the signed-in account is, and whether it may register for this rep.
      'GET items?$expand=fields($select=Title,RepName,Account,Department,IsManager,HireDate)&$top=1000 200',
      'POST items 429 (in batch)', 'POST items 424 (in batch)', 'POST $batch 200',
      'POST items 201', 'POST items 201',
    ]);
    expect((await store.listActivities('博蓝科技')).map((a) => a.id)).toEqual([context.editId]);
  });

  test('a forgotten delta token (410) makes the next sync a full reload that drops vanished rows', async () => {
    const pane = openTeamRegister(await team.connect({ listPrefix }), { indexedDB: new IDBFactory(), IDBKeyRange });
    const colleague = await team.connect({ listPrefix });
    for (const [name, owner] of [['格林电子', ZHANG], ['雅玛西电子', LI], ['新星化工', LI]] as const) {
      await colleague.claim(customer(name, name, owner), actor(owner), edit());
    }
    await pane.sync.pull();
    expect((await pane.reader.listCustomers()).length).toBe(3);
    const earlier = await colleague.changes(null);

    // Removing is a manager's right (on a secured site the server refuses it to a rep).
    const manager = await team.connectAs(team.emulator.acceptedToken, { listPrefix });
    const gone = await manager.getCustomer('雅玛西电子');
    expect((await manager.removeCustomer('雅玛西电子', gone?.version ?? '', actor(MANAGER), edit())).ok).toBe(true);
    await colleague.claim(customer('东方涂料', '东方涂料', ZHANG), actor(ZHANG), edit());
    for (const list of ['Customers', 'Activities', 'Roster', 'Settings']) team.emulator.forgetDeltaHistory(team.site, `${listPrefix}${list}`);

    team.emulator.clearLog();
    const direct = await colleague.changes(earlier.cursor);
    expect(direct.reset).toBe(true);
    expect(direct.customers.map((c) => c.record.dedupeKey).sort()).toEqual(['东方涂料', '新星化工', '格林电子'].sort());
    expect(team.emulator.log.filter((entry) => entry.status === 410)).toHaveLength(1);

    await pane.sync.pull();
    expect((await pane.reader.listCustomers()).map((c) => c.record.dedupeKey).sort()).toEqual(['东方涂料', '新星化工', '格林电子'].sort());
    const afterReset = await pane.reader.changes(null);
    expect(afterReset.customers).toHaveLength(3);
    pane.close();
  });
});
