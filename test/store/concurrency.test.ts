import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { planConcurrency, runConcurrency, type ConcurrencyRun } from './concurrencyScenario';
import { REGISTER_SITES } from './registerSites';

/** 20 reps, 1,000 customers, overlapping claims typed in different spellings, all at once. */
describe.each(REGISTER_SITES)('concurrent claims through SharePoint (%s)', (_where, start) => {
  let team: EmulatedTeamSite;
  let run: ConcurrencyRun;

  beforeAll(async () => {
    team = await start();
    run = await runConcurrency(team, 'Race', planConcurrency(20, 1000));
  }, 120_000);
  afterAll(() => team.close());

  const serverRows = () => [...team.site.list('RaceCustomers').items.values()];
  const serverLog = () => [...team.site.list('RaceActivities').items.values()];

  test('the plan really overlaps, in spellings that differ', () => {
    const byKey = new Map<string, Set<string>>();
    for (const a of run.attempts) byKey.set(a.key, (byKey.get(a.key) ?? new Set()).add(a.name));
    expect(byKey.size).toBe(1000);
    expect(run.attempts.length).toBeGreaterThan(1500);
    expect([...byKey.values()].filter((names) => names.size > 1).length).toBeGreaterThan(300);
  });

  test('exactly one owner per 查重键, and it is the one claim that was told it won', () => {
    const rows = serverRows();
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((row) => row.fields.DedupeKey)).size).toBe(1000);
    const winners = run.attempts.filter((a) => a.outcome.ok);
    expect(winners).toHaveLength(1000);
    const ownerByKey = new Map(rows.map((row) => [row.fields.DedupeKey, row.fields.Rep]));
    for (const w of winners) expect(ownerByKey.get(w.key)).toBe(w.rep);
  });

  test('every loser is told who won', () => {
    const ownerByKey = new Map(serverRows().map((row) => [row.fields.DedupeKey, row.fields.Rep]));
    const losers = run.attempts.filter((a) => !a.outcome.ok);
    expect(losers.length).toBe(run.attempts.length - 1000);
    for (const loser of losers) {
      if (loser.outcome.ok || loser.outcome.problem !== 'taken') throw new Error(`unexpected outcome for ${loser.name}`);
      expect(loser.outcome.winner.record.rep).toBe(ownerByKey.get(loser.key));
      expect(loser.outcome.reason.params?.owner).toBe(ownerByKey.get(loser.key));
    }
  });

  test('no activity is lost: one claim or collision line per attempt', () => {
    const log = serverLog();
    expect(log).toHaveLength(run.attempts.length);
    expect(new Set(log.map((item) => item.fields.ActivityId))).toEqual(new Set(run.attempts.map((a) => a.editId)));
    const kinds = new Map(log.map((item) => [item.fields.ActivityId, item.fields.Kind]));
    for (const a of run.attempts) expect(kinds.get(a.editId)).toBe(a.outcome.ok ? 'claim' : 'collision');
  });
});
