import { addDays, type CalendarDate } from '../../../core/dates/calendarDate';
import { DEFAULT_CLAIM_POLICY, protectedUntilOf } from '../../../core/claims';
import { NameIndex } from '../../../core/names';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, YAMAXI, sampleTeam } from './sampleTeam';

const TODAY = '2026-11-02' as CalendarDate;
const team = sampleTeam(TODAY);

describe('the sandbox sample team', () => {
  test('8 reps in 2 departments, two of them new hires, managers in both', () => {
    expect(team.roster).toHaveLength(8);
    expect(new Set(team.roster.map((m) => m.department)).size).toBe(2);
    expect(team.roster.filter((m) => m.isManager).map((m) => m.department).sort()).toEqual(['销售一部', '销售二部']);
    const newHires = team.roster.filter((m) => m.hireDate! > addDays(TODAY, -183)).map((m) => m.name);
    expect(newHires).toContain(NEW_REP);
    expect(newHires).toHaveLength(2);
  });

  test('about 2,000 customers with distinct 查重键, numbered in register order, none in the future', () => {
    expect(team.customers.length).toBeGreaterThanOrEqual(1_990);
    expect(team.customers.length).toBeLessThanOrEqual(2_010);
    expect(new Set(team.customers.map((c) => c.dedupeKey)).size).toBe(team.customers.length);
    expect(team.customers.map((c) => c.seq)).toEqual(team.customers.map((_c, i) => i + 1));
    const dates = team.customers.flatMap((c) => [c.firstContactDate, c.visitDate, c.sampleDate, c.dealDate]).filter(Boolean) as CalendarDate[];
    expect(dates.every((d) => d <= TODAY && d >= addDays(TODAY, -100))).toBe(true);
  });

  test('深圳市格林电子有限公司 is visited and sampled by one rep and still protected; 雅玛西电子 is a deal of another', () => {
    const gelin = team.customers.find((c) => c.name === GELIN)!;
    expect(gelin).toMatchObject({ rep: EXAMPLE_OWNERS.gelin, status: 'sample', sampleModel: 'BL-466' });
    expect(gelin.visitDate && gelin.sampleDate).toBeTruthy();
    expect(protectedUntilOf(gelin, DEFAULT_CLAIM_POLICY)! > TODAY).toBe(true);
    expect(team.customers.find((c) => c.name === YAMAXI)).toMatchObject({ rep: EXAMPLE_OWNERS.yamaxi, status: 'deal' });
    expect(EXAMPLE_OWNERS.gelin).not.toBe(EXAMPLE_OWNERS.yamaxi);
  });

  test('every rep stays within the default 紧密 quota; the new rep holds 12', () => {
    const close = new Map<string, number>();
    for (const c of team.customers) {
      const until = (c.status === 'visit' || c.status === 'sample') ? protectedUntilOf(c, DEFAULT_CLAIM_POLICY) : null;
      if (until && until >= TODAY) close.set(c.rep, (close.get(c.rep) ?? 0) + 1);
    }
    expect(Math.max(...close.values())).toBeLessThanOrEqual(DEFAULT_CLAIM_POLICY.quota.closeQuota);
    expect(close.get(NEW_REP)).toBe(12);
  });

  test('visits, samples, deals, releases, due follow-ups and today\'s entries are all there', () => {
    const count = (f: (c: (typeof team.customers)[number]) => boolean) => team.customers.filter(f).length;
    expect(count((c) => c.status === 'deal')).toBeGreaterThan(100);
    expect(count((c) => c.status === 'released')).toBeGreaterThan(50);
    expect(count((c) => c.status === 'sample')).toBeGreaterThan(50);
    expect(count((c) => !!c.nextFollowUpDate && c.nextFollowUpDate <= TODAY)).toBeGreaterThan(10);
    expect(count((c) => [c.firstContactDate, c.visitDate, c.sampleDate].includes(TODAY))).toBeGreaterThan(3);
  });

  test('the trick twins are caught by the matcher as 疑似重复 or 关联公司 of a customer of another rep', () => {
    const index = new NameIndex();
    team.customers.forEach((c) => index.add(c.dedupeKey, c.name));
    const rep = new Map(team.customers.map((c) => [c.dedupeKey, c.rep]));
    const flagged = team.customers.filter((c) => index.query(c.name).some((m) => m.id !== c.dedupeKey && rep.get(m.id) !== c.rep));
    expect(flagged.length).toBeGreaterThanOrEqual(24);
  });

  test('the log holds contacts, collisions and a transfer, in date order', () => {
    const kinds = new Set(team.activities.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['collision', 'deal', 'phone', 'release', 'sample', 'transfer', 'visit']);
    expect(team.activities.map((a) => a.date)).toEqual([...team.activities.map((a) => a.date)].sort());
    expect(new Set(team.activities.map((a) => a.id)).size).toBe(team.activities.length);
  });

  test('the same seed and day give the same team', () => {
    expect(sampleTeam(TODAY, { customers: 300 })).toEqual(sampleTeam(TODAY, { customers: 300 }));
  });
});
