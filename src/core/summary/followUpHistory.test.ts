import type { CalendarDate, YearMonth } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';
import { monthRecords, type LoggedContact } from './contactHistory';
import {
  NO_PLAN, parsePlanChangeDetail, planAtMonthEnd, planChangeDetail, planChangeOf, type FollowUpPlan, type LoggedPlanChange,
} from './followUpHistory';
import { buildMonthlySummary } from './monthlySummary';
import { isoDate, testRecord } from './summaryTestFixtures';

const OCTOBER = '2026-10' as YearMonth;
const plan = (date: string | null, notes: string): FollowUpPlan => ({ nextFollowUpDate: date ? isoDate(date) : null, followUpNotes: notes });
const OCTOBER_PLAN = plan('2026-11-05', '约了下周再谈价格');
const GELIN = testRecord({
  name: '深圳市格林电子有限公司', dedupeKey: '格林电子', rep: '王芳', visitDate: '2026-10-08', status: 'visit', ...OCTOBER_PLAN,
});
const VISIT: LoggedContact = { customerKey: '格林电子', kind: 'visit', date: isoDate('2026-10-08'), rep: '王芳' };

/** The change the add-in logs when a row write moves the plan from `before` to `after` on `date`. */
function logged(before: CustomerRecord | undefined, after: CustomerRecord, date: string): LoggedPlanChange {
  const change = planChangeOf(before, after);
  if (!change) throw new Error('no plan change');
  return { ...change, date: isoDate(date) };
}

const ROSTER = [{ name: '王芳', department: '华南业务一部' }, { name: '李娜', department: '华南业务一部' }];
const octoberSheet = (records: CustomerRecord[], plans: LoggedPlanChange[]) =>
  buildMonthlySummary(monthRecords(records, [VISIT], OCTOBER, plans), OCTOBER, { today: isoDate('2026-11-02'), roster: ROSTER }).rows
    .map((row) => row.map((cell) => JSON.stringify(cell.value)).join(' | '));

describe('the follow-up plan in a month\'s summary comes from the history', () => {
  test('last month\'s summary, 再次跟进 and 跟进情况 included, is identical before and after a later follow-up change', () => {
    const planSetInOctober = logged({ ...GELIN, ...NO_PLAN }, GELIN, '2026-10-08');
    const before = octoberSheet([GELIN], [planSetInOctober]);
    expect(before.some((row) => row.includes('约了下周再谈价格') && row.includes('2026-11-05'))).toBe(true);

    const changed = { ...GELIN, ...plan('2026-12-01', '客户说年底再联系') };
    const after = octoberSheet([changed], [planSetInOctober, logged(GELIN, changed, '2026-11-02')]);
    expect(after).toEqual(before);
  });

  test('a plan the history only knows from a later change is the one that change replaced', () => {
    // The October plan was set before the history began; November's change logged what it replaced.
    const changed = { ...GELIN, ...plan('2026-12-01', '客户说年底再联系') };
    const before = octoberSheet([GELIN], []);
    expect(octoberSheet([changed], [logged(GELIN, changed, '2026-11-02')])).toEqual(before);
    expect(planAtMonthEnd(changed, [logged(GELIN, changed, '2026-11-02')], OCTOBER)).toEqual({ rep: '王芳', plan: OCTOBER_PLAN });
  });

  test('after a transfer the month still shows the plan on the rep whose plan it was', () => {
    const before = octoberSheet([GELIN], []);
    const transferred = { ...GELIN, rep: '李娜', ...plan('2026-11-20', '李娜接手，先电话') };
    const change = logged(GELIN, transferred, '2026-11-03');
    expect(change).toMatchObject({ rep: '李娜', previousRep: '王芳', previous: OCTOBER_PLAN });
    expect(octoberSheet([transferred], [change])).toEqual(before);
    expect(planAtMonthEnd(transferred, [change], '2026-11' as YearMonth)).toEqual({ rep: '李娜', plan: plan('2026-11-20', '李娜接手，先电话') });
  });

  test('the last change by the month\'s end wins; an unchanged plan logs nothing', () => {
    const first = { ...GELIN, ...plan('2026-10-20', '一') };
    const second = { ...GELIN, ...plan('2026-10-25', '二') };
    const changes = [logged(GELIN, first, '2026-10-10'), logged(first, second, '2026-10-31'), logged(second, GELIN, '2026-11-01')];
    expect(planAtMonthEnd(GELIN, changes, OCTOBER).plan).toEqual(plan('2026-10-25', '二'));
    expect(planChangeOf(GELIN, { ...GELIN, remarks: '改了备注' })).toBeNull();
    expect(planChangeOf({ ...GELIN, ...NO_PLAN }, { ...GELIN, ...NO_PLAN, rep: '李娜' })).toBeNull();
  });

  test('the logged detail gives any notes back exactly; anything else is not a plan', () => {
    const change = { previous: plan(null, ''), next: plan('2026-11-05', '价格 · "含税"，{再议}') };
    expect(parsePlanChangeDetail(planChangeDetail(change))).toEqual(change);
    for (const detail of ['', 'BL-466', '[1,2]', '[["x",""],["",""]]', '{"a":1}']) expect(parsePlanChangeDetail(detail)).toBeNull();
  });

  test('with no plan history the current owner\'s row plan is shown, as before', () => {
    expect(planAtMonthEnd(GELIN, [], OCTOBER)).toEqual({ rep: '王芳', plan: OCTOBER_PLAN });
    const [october] = monthRecords([GELIN], [VISIT], OCTOBER);
    expect(october).toMatchObject({ rep: '王芳', ...OCTOBER_PLAN, nextFollowUpDate: '2026-11-05' as CalendarDate });
  });
});
