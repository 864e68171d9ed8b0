import type { CalendarDate } from '../../src/core/dates/calendarDate';
import type { Activity, ClaimStore, EditContext, StoredCustomer } from '../../src/store/claimStore';
import { actor, customer, edit, LI, MANAGER, seedTeam, ZHANG } from './storeFixtures';

/** One store under test: a fresh, empty backing for each test, and a second client of that same backing. */
export interface ContractSubject {
  store: ClaimStore;
  secondClient(): Promise<ClaimStore>;
}

export interface ContractHarness {
  open(): Promise<ContractSubject>;
  close(subject: ContractSubject): Promise<void>;
}

/**
 * The behaviour every ClaimStore promises, run against the local store, the SharePoint store on the Graph
 * emulator and (opt-in) a real SharePoint site. Keys are literal strings: the store never normalizes names.
 */
export function describeClaimStoreContract(label: string, harness: ContractHarness): void {
  describe(`ClaimStore contract: ${label}`, () => {
    let subject: ContractSubject;
    let store: ClaimStore;

    beforeEach(async () => {
      subject = await harness.open();
      store = subject.store;
      await seedTeam(store);
    });
    afterEach(() => harness.close(subject));

    async function claimed(name: string, key: string, owner = ZHANG): Promise<StoredCustomer> {
      const outcome = await store.claim(customer(name, key, owner), actor(owner), edit());
      if (!outcome.ok) throw new Error(`claim of ${name} failed: ${outcome.reason.key}`);
      return outcome.customer;
    }

    describe('claim', () => {
      test('a first claim registers the row with every column intact', async () => {
        const record = customer('深圳市格林电子有限公司', '格林电子', ZHANG, { grade: 'A', dealDate: null, remarks: '老客户介绍' });
        const outcome = await store.claim(record, actor(ZHANG), edit());
        expect(outcome.ok).toBe(true);
        const stored = await store.getCustomer('格林电子');
        expect(stored?.record).toEqual(record);
        expect(stored?.version).toBeTruthy();
        expect((await store.listCustomers()).map((c) => c.record.dedupeKey)).toEqual(['格林电子']);
      });

      test('a second rep claiming the same key loses, is told who won, and the collision is logged', async () => {
        await claimed('格林电子', '格林电子');
        const attempt = customer('格林電子 (深圳)', '格林电子', LI);
        const context = edit();
        const outcome = await store.claim(attempt, actor(LI), context);
        expect(outcome).toMatchObject({ ok: false, problem: 'taken' });
        if (outcome.ok || outcome.problem !== 'taken') return;
        expect(outcome.winner.record.rep).toBe(ZHANG.name);
        expect(outcome.reason).toEqual({
          key: 'store.claim.taken', params: { name: '格林电子', owner: '张三', department: '销售一部', status: '拜访' },
        });
        expect((await store.getCustomer('格林电子'))?.record.rep).toBe(ZHANG.name);
        const log = await store.listActivities('格林电子');
        expect(log.map((a) => [a.kind, a.actor, a.rep])).toEqual([['claim', '张三', '张三'], ['collision', '李四', '张三']]);
        expect(log[1].id).toBe(context.editId);
        expect(log[1].detail).toContain('已被 张三 登记');
      });

      test('claiming a key you already own succeeds and changes nothing', async () => {
        const first = await claimed('格林电子', '格林电子');
        const again = await store.claim(customer('格林.电子', '格林电子', ZHANG, { phone: 'changed' }), actor(ZHANG), edit());
        expect(again).toMatchObject({ ok: true, customer: { version: first.version } });
        expect((await store.getCustomer('格林电子'))?.record.phone).toBe(first.record.phone);
      });

      test('a replayed claim (same edit id) is applied once', async () => {
        const context = edit();
        const record = customer('雅玛西电子', '雅玛西电子', ZHANG);
        expect((await store.claim(record, actor(ZHANG), context)).ok).toBe(true);
        expect((await store.claim(record, actor(ZHANG), context)).ok).toBe(true);
        expect(await store.listActivities('雅玛西电子')).toHaveLength(1);
      });

      test('only a manager registers a customer for somebody else', async () => {
        const record = customer('博蓝科技', '博蓝科技', ZHANG);
        expect(await store.claim(record, actor(LI), edit())).toMatchObject({
          ok: false, problem: 'forbidden', reason: { key: 'store.claim.forOther', params: { rep: '张三' } },
        });
        expect(await store.claim(record, actor(MANAGER), edit())).toMatchObject({ ok: true });
      });

      test('two clients racing for one key: exactly one wins', async () => {
        const other = await subject.secondClient();
        const outcomes = await Promise.all([
          store.claim(customer('格林电子', '格林电子', ZHANG), actor(ZHANG), edit()),
          other.claim(customer('格林电子有限公司', '格林电子', LI), actor(LI), edit()),
        ]);
        expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
        const loser = outcomes.find((o) => !o.ok);
        const owner = (await store.getCustomer('格林电子'))?.record.rep;
        expect(loser).toMatchObject({ problem: 'taken', winner: { record: { rep: owner } } });
      });
    });

    describe('updateCustomer', () => {
      test('saves against the current version and hands back a new one', async () => {
        const stored = await claimed('格林电子', '格林电子');
        const outcome = await store.updateCustomer({ ...stored.record, status: 'sample', sampleDate: stored.record.visitDate },
          stored.version, actor(ZHANG), edit());
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.customer.version).not.toBe(stored.version);
        expect((await store.getCustomer('格林电子'))?.record.status).toBe('sample');
      });

      test('a stale version is a conflict that overwrites nothing and shows the current row', async () => {
        const stored = await claimed('格林电子', '格林电子');
        await store.updateCustomer({ ...stored.record, followUpNotes: '第一次' }, stored.version, actor(ZHANG), edit());
        const outcome = await store.updateCustomer({ ...stored.record, followUpNotes: '第二次' }, stored.version, actor(MANAGER), edit());
        expect(outcome).toMatchObject({
          ok: false, problem: 'conflict', current: { record: { followUpNotes: '第一次' } }, reason: { key: 'store.update.conflict' },
        });
        expect((await store.getCustomer('格林电子'))?.record.followUpNotes).toBe('第一次');
      });

      test('a replayed update (same edit id, old version) is recognised as already applied', async () => {
        const stored = await claimed('格林电子', '格林电子');
        const context = edit();
        const next = { ...stored.record, followUpNotes: '已送样' };
        expect((await store.updateCustomer(next, stored.version, actor(ZHANG), context)).ok).toBe(true);
        const replay = await store.updateCustomer(next, stored.version, actor(ZHANG), context);
        expect(replay).toMatchObject({ ok: true, customer: { record: { followUpNotes: '已送样' } } });
      });

      test('a colleague may not edit your row, a manager may', async () => {
        const stored = await claimed('格林电子', '格林电子');
        expect(await store.updateCustomer({ ...stored.record, remarks: 'x' }, stored.version, actor(LI), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.update.notOwner' } });
        expect((await store.updateCustomer({ ...stored.record, remarks: 'y' }, stored.version, actor(MANAGER), edit())).ok).toBe(true);
      });

      test('a rep may take a customer over for themselves (logged), but not hand it to a third person', async () => {
        const stored = await claimed('格林电子', '格林电子', ZHANG);
        const released = { ...stored.record, status: 'released' as const };
        const afterRelease = await store.updateCustomer(released, stored.version, actor(ZHANG), edit());
        if (!afterRelease.ok) throw new Error('release failed');
        expect(await store.updateCustomer({ ...released, rep: MANAGER.name }, afterRelease.customer.version, actor(LI), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.update.giveAway' } });
        const takeover = await store.updateCustomer({ ...released, rep: LI.name, department: LI.department, status: 'visit' },
          afterRelease.customer.version, actor(LI), edit());
        expect(takeover.ok).toBe(true);
        const log = await store.listActivities('格林电子');
        expect(log.at(-1)).toMatchObject({ kind: 'claim', actor: '李四', rep: '李四', previousRep: '张三' });
      });

      test('a deleted row is reported missing', async () => {
        const stored = await claimed('格林电子', '格林电子');
        expect((await store.removeCustomer('格林电子', stored.version, actor(MANAGER), edit())).ok).toBe(true);
        expect(await store.updateCustomer(stored.record, stored.version, actor(ZHANG), edit()))
          .toMatchObject({ ok: false, problem: 'missing' });
      });
    });

    describe('manager actions', () => {
      test('transfer: manager only, reason required, department follows the roster, logged', async () => {
        const stored = await claimed('格林电子', '格林电子', ZHANG);
        const request = { dedupeKey: '格林电子', toRep: LI.name, reason: '张三调岗', expectedVersion: stored.version };
        expect(await store.transferCustomer(request, actor(ZHANG), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.transfer.managerOnly' } });
        expect(await store.transferCustomer({ ...request, reason: '  ' }, actor(MANAGER), edit()))
          .toMatchObject({ ok: false, problem: 'invalid', reason: { key: 'store.transfer.reasonRequired' } });
        const done = await store.transferCustomer(request, actor(MANAGER), edit());
        expect(done).toMatchObject({ ok: true, customer: { record: { rep: '李四', department: '销售二部' } } });
        expect((await store.listActivities('格林电子')).at(-1)).toMatchObject({
          kind: 'transfer', actor: '王经理', rep: '李四', previousRep: '张三', detail: '张三调岗',
        });
      });

      test('transfer against a stale version is a conflict', async () => {
        const stored = await claimed('格林电子', '格林电子', ZHANG);
        await store.updateCustomer({ ...stored.record, remarks: 'x' }, stored.version, actor(ZHANG), edit());
        expect(await store.transferCustomer({ dedupeKey: '格林电子', toRep: LI.name, reason: '调岗', expectedVersion: stored.version },
          actor(MANAGER), edit())).toMatchObject({ ok: false, problem: 'conflict' });
      });

      test('remove: manager only; the activities stay', async () => {
        const stored = await claimed('格林电子', '格林电子');
        expect(await store.removeCustomer('格林电子', stored.version, actor(ZHANG), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden' });
        expect((await store.removeCustomer('格林电子', stored.version, actor(MANAGER), edit())).ok).toBe(true);
        expect(await store.getCustomer('格林电子')).toBeNull();
        expect((await store.listActivities('格林电子')).map((a) => a.kind)).toEqual(['claim', 'remove']);
      });

      test('roster: managers only once a manager exists, and the last manager stays', async () => {
        expect((await store.getRoster()).map((e) => e.name).sort()).toEqual([LI.name, MANAGER.name, ZHANG.name].sort());
        expect(await store.putRosterEntry({ ...LI, isManager: true }, actor(LI), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.roster.managerOnly' } });
        expect(await store.removeRosterEntry(MANAGER.name, actor(MANAGER), edit()))
          .toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.roster.lastManager' } });
        expect((await store.putRosterEntry({ ...ZHANG, department: '大客户部' }, actor(MANAGER), edit())).ok).toBe(true);
        expect((await store.removeRosterEntry(LI.name, actor(MANAGER), edit())).ok).toBe(true);
        const roster = await store.getRoster();
        expect(roster.find((e) => e.name === ZHANG.name)?.department).toBe('大客户部');
        expect(roster.some((e) => e.name === LI.name)).toBe(false);
      });

      test('settings: manager only, versioned, replay-safe', async () => {
        expect(await store.getSettings()).toBeNull();
        const policy = { protectDays: 90, closeQuota: 30, rules: { phoneProtects: false }, dormant: ['grades'] };
        expect(await store.saveSettings(policy, null, actor(ZHANG), edit())).toMatchObject({ ok: false, problem: 'forbidden' });
        const context = edit();
        expect((await store.saveSettings(policy, null, actor(MANAGER), context)).ok).toBe(true);
        expect((await store.saveSettings(policy, null, actor(MANAGER), context)).ok).toBe(true);
        const saved = await store.getSettings();
        expect(saved?.settings).toEqual(policy);
        expect(await store.saveSettings({ ...policy, protectDays: 60 }, null, actor(MANAGER), edit()))
          .toMatchObject({ ok: false, problem: 'conflict', reason: { key: 'store.settings.conflict' } });
        expect((await store.saveSettings({ ...policy, protectDays: 60 }, saved?.version ?? null, actor(MANAGER), edit())).ok).toBe(true);
        expect((await store.getSettings())?.settings.protectDays).toBe(60);
      });
    });

    describe('activities', () => {
      test('append is idempotent by id and the log filters by key', async () => {
        await claimed('格林电子', '格林电子');
        await claimed('雅玛西电子', '雅玛西电子', LI);
        const visit = {
          id: 'visit-1', kind: 'sample' as const, dedupeKey: '格林电子', customerName: '格林电子', actor: '张三', rep: '张三',
          previousRep: '', date: '2026-10-15' as CalendarDate, detail: 'BL-466',
        };
        expect((await store.appendActivity(visit)).ok).toBe(true);
        expect((await store.appendActivity(visit)).ok).toBe(true);
        const log = await store.listActivities('格林电子');
        expect(log.filter((a) => a.id === 'visit-1')).toEqual([visit]);
        expect(log.every((a) => a.dedupeKey === '格林电子')).toBe(true);
        expect((await store.listActivities()).length).toBe(3);
      });
    });

    describe('an action\'s log travels with its row write', () => {
      const line = (context: EditContext, n: number, kind: Activity['kind'], key: string, rep = ZHANG.name, detail = ''): Activity => ({
        id: `${context.editId}:${n}`, kind, dedupeKey: key, customerName: key, actor: rep, rep, previousRep: '',
        date: context.today, detail,
      });

      test('a claim writes the row, its claim line and the action\'s lines in one call; a replay adds nothing', async () => {
        const context = edit();
        const record = customer('格林电子', '格林电子', ZHANG);
        const log = [line(context, 0, 'visit', '格林电子')];
        expect((await store.claim(record, actor(ZHANG), context, log)).ok).toBe(true);
        expect((await store.claim(record, actor(ZHANG), context, log)).ok).toBe(true);
        expect((await store.listActivities('格林电子')).map((a) => [a.id, a.kind])).toEqual([[context.editId, 'claim'], [log[0].id, 'visit']]);
      });

      test('a lost claim writes none of its lines, only its 撞单', async () => {
        await claimed('格林电子', '格林电子');
        const context = edit();
        const outcome = await store.claim(customer('格林电子', '格林电子', LI), actor(LI), context, [line(context, 0, 'visit', '格林电子', LI.name)]);
        expect(outcome).toMatchObject({ ok: false, problem: 'taken' });
        expect((await store.listActivities('格林电子')).map((a) => a.kind)).toEqual(['claim', 'collision']);
      });

      test('an update carries its lines; a refused update writes none', async () => {
        const stored = await claimed('格林电子', '格林电子');
        const refused = edit();
        expect(await store.updateCustomer({ ...stored.record, remarks: 'x' }, stored.version, actor(LI), refused,
          [line(refused, 0, 'visit', '格林电子', LI.name)])).toMatchObject({ ok: false, problem: 'forbidden' });
        const context = edit();
        const next = { ...stored.record, status: 'sample' as const, sampleDate: context.today };
        const log = [line(context, 0, 'sample', '格林电子', ZHANG.name, 'BL-466')];
        expect((await store.updateCustomer(next, stored.version, actor(ZHANG), context, log)).ok).toBe(true);
        expect((await store.updateCustomer(next, stored.version, actor(ZHANG), context, log)).ok).toBe(true);
        expect((await store.listActivities('格林电子')).map((a) => [a.kind, a.detail])).toEqual([['claim', ''], ['sample', 'BL-466']]);
      });

      test('a force-claim is one 强制登记 line beside its contact, no 转移; the row gets the new contact', async () => {
        const stored = await claimed('格林电子', '格林电子', ZHANG);
        const context = edit();
        const record = { ...stored.record, status: 'sample' as const, sampleDate: context.today, sampleModel: 'BL-500' };
        const log = [line(context, 0, 'sample', '格林电子', LI.name, 'BL-500')];
        const forced = await store.transferCustomer({
          dedupeKey: '格林电子', toRep: LI.name, reason: '客户指定李四', expectedVersion: stored.version, kind: 'forceClaim', record,
        }, actor(MANAGER), context, log);
        expect(forced).toMatchObject({ ok: true, customer: { record: { rep: LI.name, department: LI.department, sampleModel: 'BL-500' } } });
        expect((await store.listActivities('格林电子')).map((a) => [a.kind, a.actor, a.previousRep, a.rep, a.detail])).toEqual([
          ['claim', ZHANG.name, '', ZHANG.name, ''],
          ['claim', MANAGER.name, ZHANG.name, LI.name, '客户指定李四'],
          ['sample', LI.name, '', LI.name, 'BL-500'],
        ]);
      });

      test('a rep cannot slip a 转移 or 强制登记 line into his own edit, nor a line about another customer', async () => {
        const stored = await claimed('格林电子', '格林电子');
        const context = edit();
        const next = { ...stored.record, remarks: '改' };
        for (const forged of [line(context, 0, 'transfer', '格林电子'), line(context, 0, 'claim', '格林电子', ZHANG.name, '经理同意'),
          line(context, 0, 'visit', '雅玛西电子')]) {
          expect(await store.updateCustomer(next, stored.version, actor(ZHANG), context, [forged])).toMatchObject({ ok: false, problem: 'invalid' });
        }
        expect(await store.claim(customer('博蓝科技', '博蓝科技', ZHANG), actor(ZHANG), edit(), [line(context, 1, 'transfer', '博蓝科技')]))
          .toMatchObject({ ok: false, problem: 'invalid' });
        expect(await store.getCustomer('博蓝科技')).toBeNull();
        expect((await store.getCustomer('格林电子'))?.record.remarks).toBe(stored.record.remarks);
        expect((await store.listActivities()).map((a) => a.kind)).toEqual(['claim']);
      });
    });

    describe('changes', () => {
      test('everything first, then only what changed after the cursor', async () => {
        const first = await claimed('格林电子', '格林电子');
        await claimed('雅玛西电子', '雅玛西电子', LI);
        const all = await store.changes(null);
        expect(all.reset).toBe(true);
        expect(all.customers.map((c) => c.record.dedupeKey).sort()).toEqual(['格林电子', '雅玛西电子']);
        expect(all.roster).toHaveLength(3);
        expect(all.activities).toHaveLength(2);

        const quiet = await store.changes(all.cursor);
        expect(quiet).toMatchObject({ reset: false, customers: [], activities: [], removedCustomerIds: [], settings: null });

        await store.updateCustomer({ ...first.record, status: 'deal', dealDate: first.record.visitDate }, first.version, actor(ZHANG), edit());
        await store.saveSettings({ protectDays: 90 }, null, actor(MANAGER), edit());
        const next = await store.changes(quiet.cursor);
        expect(next.customers.map((c) => [c.record.dedupeKey, c.record.status])).toEqual([['格林电子', 'deal']]);
        expect(next.settings?.settings).toEqual({ protectDays: 90 });

        const current = await store.getCustomer('雅玛西电子');
        await store.removeCustomer('雅玛西电子', current?.version ?? '', actor(MANAGER), edit());
        const removal = await store.changes(next.cursor);
        expect(removal.removedCustomerIds).toEqual([current?.id]);
        expect(removal.activities.map((a) => a.kind)).toEqual(['remove']);

        // Everything again: only what exists, the log in the order it was written.
        const state = await store.changes(null);
        expect(state.customers.map((c) => c.record.dedupeKey)).toEqual(['格林电子']);
        expect(state).toMatchObject({ reset: true, removedCustomerIds: [], removedRosterIds: [], settings: { settings: { protectDays: 90 } } });
        expect(state.activities.map((a) => a.id)).toEqual([...all.activities, ...next.activities, ...removal.activities].map((a) => a.id));
      });
    });

    test('an opening may leave the contact lines for later: the other lines at once, then the whole log as written', async () => {
      const stored = await claimed('格林电子', '格林电子');
      const visit = edit();
      await store.claim(customer('雅玛西电子', '雅玛西电子', LI), actor(LI), visit, [{
        id: `${visit.editId}:0`, kind: 'visit', dedupeKey: '雅玛西电子', customerName: '雅玛西电子', actor: LI.name, rep: LI.name,
        previousRep: '', date: visit.today, detail: '',
      }]);
      await store.transferCustomer({ dedupeKey: '格林电子', toRep: LI.name, reason: '调岗', expectedVersion: stored.version }, actor(MANAGER), edit());
      const whole = (await store.changes(null)).activities;
      expect(whole.map((a) => a.kind)).toEqual(expect.arrayContaining(['claim', 'visit', 'transfer']));

      const opening = await store.changes(null, { contactsLater: true });
      // Written after the opening: the next changes(cursor) brings it, not the opening's log.
      await store.claim(customer('博蓝科技', '博蓝科技', ZHANG), actor(ZHANG), edit());
      if (!opening.wholeLog) {
        expect(opening.activities.map((a) => a.id)).toEqual(whole.map((a) => a.id));
        return;
      }
      const isContact = (a: Activity) => ['phone', 'visit', 'sample', 'deal'].includes(a.kind);
      expect(opening.activities.map((a) => a.id)).toEqual(whole.filter((a) => !isContact(a)).map((a) => a.id));
      const read: Activity[] = [];
      for await (const page of opening.wholeLog) read.push(...page);
      expect(read).toEqual(whole);
      expect((await store.changes(opening.cursor)).customers.map((c) => c.record.dedupeKey)).toEqual(['博蓝科技']);
    });

    test('subscribers hear about writes', async () => {
      const heard = new Promise<void>((resolve) => {
        const unsubscribe = store.subscribe(() => {
          unsubscribe();
          resolve();
        });
      });
      await claimed('格林电子', '格林电子');
      await expect(heard).resolves.toBeUndefined();
    });
  });
}
