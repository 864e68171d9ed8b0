import { calendarDateAt } from '../dates/calendarDate';
import type { ClaimAction } from './claimAction';
import { claimPolicy, ruleDate } from './claimPolicy';
import { claimOn } from './claimState';
import { decideClaim } from './decideClaim';
import { protectedUntil } from './protection';
import { claim, ctx, customer, d, GREEN, reasonsOf, TODAY } from './__fixtures__/claimFixtures';

const GREEN_REASON = '张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13';
const visit: ClaimAction = { kind: 'visit' };
const phone: ClaimAction = { kind: 'phone' };

describe('another rep on a protected customer', () => {
  test.each<[string, ClaimAction]>([
    ['visit', { kind: 'visit' }],
    ['sample', { kind: 'sample', sampleModel: 'BL-500' }],
    ['deal', { kind: 'deal' }],
  ])('%s is blocked with the reason and logged as a collision', (kind, action) => {
    const decision = decideClaim(GREEN, action, ctx('李四'));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([GREEN_REASON, '该客户受保护，不能登记到您名下；已记录撞单，如有异议请联系经理。']);
    expect(decision.next.claims).toEqual(GREEN.claims);
    expect(decision.log).toHaveLength(1);
    expect(decision.log[0]).toMatchObject({ kind: 'collision', rep: '李四', by: '李四', from: '张三', attempted: kind, date: TODAY });
    expect(decision.next.history).toEqual(decision.log);
  });

  test('a phone call is allowed but warned: ask the customer first', () => {
    const decision = decideClaim(GREEN, phone, ctx('李四'));
    expect(decision.outcome).toBe('warn');
    expect(reasonsOf(decision)).toEqual([
      GREEN_REASON, '请先询问客户是否已有同事在联系、拜访、送样或合作；如有，请立即停止联系。']);
    expect(decision.next.claims).toEqual(GREEN.claims);
    expect(decision.log).toEqual([expect.objectContaining({ kind: 'phone', rep: '李四' })]);
  });

  test('with the phone warning dormant the call is simply allowed', () => {
    const decision = decideClaim(GREEN, phone, ctx('李四', { policy: { phoneWarning: { enabled: false } } }));
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons).toEqual([]);
  });

  test('with protection dormant a visit takes the customer over', () => {
    const decision = decideClaim(GREEN, visit, ctx('李四', { policy: { protection: { enabled: false } } }));
    expect(decision.outcome).toBe('allow');
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '李四', status: 'visit', visitDate: TODAY, sampleDate: null });
    expect(decision.log[0]).toMatchObject({ kind: 'visit', rep: '李四', from: '张三' });
  });
});

describe('phone-only never protects', () => {
  const called = customer('雅玛西电子', [claim({ owner: '张三', status: 'phone', ownedSince: '2026-10-20' })]);

  test('another rep may call again; the holder keeps the row (gentle warning)', () => {
    const decision = decideClaim(called, phone, ctx('李四'));
    expect(decision.outcome).toBe('warn');
    expect(reasonsOf(decision)).toEqual(['同事 张三 于 2026-10-20 电话联系过该客户（仅电话不受保护），您可以继续联系。']);
    expect(claimOn(decision.next, '')?.owner).toBe('张三');
  });

  test('the warning names the holder\'s latest logged call', () => {
    const withLog = { ...called, history: [
      { kind: 'phone' as const, customerKey: called.customerKey, productLine: '', date: d('2026-10-28'), by: '张三', rep: '张三' },
    ] };
    expect(reasonsOf(decideClaim(withLog, phone, ctx('李四')))[0]).toContain('2026-10-28');
  });

  test('another rep who visits takes the customer and gets protection', () => {
    const decision = decideClaim(called, visit, ctx('李四'));
    expect(decision.outcome).toBe('allow');
    expect(reasonsOf(decision)).toEqual(['同事 张三 此前仅电话联系（2026-10-20），该客户现登记到您名下。']);
    const next = claimOn(decision.next, '');
    expect(next).toMatchObject({ owner: '李四', status: 'visit', ownedSince: TODAY });
    expect(protectedUntil(next!, claimPolicy())).toBe('2027-01-30');
  });
});

describe('the owner', () => {
  test('renews protection with every visit or sample', () => {
    const decision = decideClaim(GREEN, { kind: 'sample', sampleModel: ' BL-470 ', date: d('2026-11-01') }, ctx('张三'));
    expect(decision.outcome).toBe('allow');
    const next = claimOn(decision.next, '')!;
    expect(next).toMatchObject({ sampleDate: TODAY, sampleModel: 'BL-470', visitDate: d('2026-10-08'), status: 'sample' });
    expect(protectedUntil(next, claimPolicy())).toBe('2027-01-30');
    expect(decision.log[0]).toMatchObject({ kind: 'sample', sampleModel: 'BL-470' });
  });

  test('a visit registered late never moves the dates back, and the stage never goes down', () => {
    const next = claimOn(decideClaim(GREEN, { kind: 'visit', date: d('2026-10-01') }, ctx('张三')).next, '')!;
    expect(next).toMatchObject({ visitDate: d('2026-10-08'), status: 'sample' });
  });

  test('a phone call does not renew protection', () => {
    const next = claimOn(decideClaim(GREEN, phone, ctx('张三')).next, '')!;
    expect(protectedUntil(next, claimPolicy())).toBe('2027-01-13');
  });
});

describe('the day of expiry (protected through 保护到期 inclusive, released the next day)', () => {
  test.each([
    ['sample 2026-10-15 (example)', 'sample', '2026-10-15', '2027-01-13', '2027-01-14'],
    ['year end', 'visit', '2026-10-02', '2026-12-31', '2027-01-01'],
    ['leap day', 'sample', '2027-12-01', '2028-02-29', '2028-03-01'],
    ['across the leap day', 'visit', '2028-01-15', '2028-04-14', '2028-04-15'],
  ])('%s', (_name, status, date, lastDay, firstOpenDay) => {
    const state = customer('某客户', [claim({ owner: '张三', status: status as 'visit' | 'sample', [status]: date, model: 'BL-1' })]);
    expect(protectedUntil(state.claims[0], claimPolicy())).toBe(lastDay);

    const onLastDay = decideClaim(state, visit, ctx('李四', { today: lastDay }));
    expect(onLastDay.outcome).toBe('block');
    expect(reasonsOf(onLastDay)[0]).toContain(`保护至 ${lastDay}`);

    const nextDay = decideClaim(state, visit, ctx('李四', { today: firstOpenDay }));
    expect(nextDay.outcome).toBe('allow');
    expect(reasonsOf(nextDay)).toEqual(['该客户此前由 张三 负责，已释放；可生成交接话术。']);
    expect(nextDay.log.map((e) => [e.kind, e.rep, e.date])).toEqual([
      ['expired', '张三', firstOpenDay], ['visit', '李四', firstOpenDay]]);
    expect(nextDay.log[0].by).toBeNull();
    expect(claimOn(nextDay.next, '')).toMatchObject({ owner: '李四', status: 'visit' });
  });

  test('a blocked attempt still saves the release of what expired', () => {
    const lapsed = customer('旧客户', [claim({ owner: '张三', status: 'visit', visit: '2026-07-01' })]);
    const decision = decideClaim(lapsed, { kind: 'sample', sampleModel: '' }, ctx('李四'));
    expect(decision.outcome).toBe('block');
    expect(claimOn(decision.next, '')?.status).toBe('released');
    expect(decision.log.map((e) => e.kind)).toEqual(['expired']);
  });

  test('the rule date comes from the team\'s time zone: 2026-10-31T17:30Z is already 11-01 in Shanghai', () => {
    // Visit 2026-08-02 → protected through 2026-10-31.
    const state = customer('某客户', [claim({ owner: '张三', status: 'visit', visit: '2026-08-02' })]);
    const instant = new Date('2026-10-31T17:30:00Z');
    expect(ruleDate(instant, claimPolicy())).toBe('2026-11-01');
    expect(decideClaim(state, visit, ctx('李四', { today: ruleDate(instant, claimPolicy()) })).outcome).toBe('allow');
    // A team that keeps its rules in UTC still sees 10-31 at that instant: protected.
    const utc = calendarDateAt(instant, 'UTC');
    expect(utc).toBe('2026-10-31');
    expect(decideClaim(state, visit, ctx('李四', { today: utc, policy: { timeZone: 'UTC' } })).outcome).toBe('block');
  });
});

describe('deals protect without expiry and without quota', () => {
  const deal = customer('老客户', [claim({ owner: '张三', status: 'deal', deal: '2020-01-01', visit: '2019-12-01' })]);

  test('years later another rep is still blocked', () => {
    const decision = decideClaim(deal, visit, ctx('李四'));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)[0]).toBe('张三 2020-01-01 合作, 长期保护');
  });

  test('a rep at quota may still close a deal on an open customer', () => {
    const decision = decideClaim(customer('新客户', []), { kind: 'deal' }, ctx('李四', { closeCounts: { 李四: 30 } }));
    expect(decision.outcome).toBe('allow');
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '李四', status: 'deal', dealDate: TODAY });
  });

  test('with deal protection dormant the deal no longer protects', () => {
    expect(decideClaim(deal, visit, ctx('李四', { policy: { dealProtection: { enabled: false } } })).outcome).toBe('allow');
  });
});

describe('紧密 quota', () => {
  const open = customer('新客户', []);
  test.each([
    ['below quota', { 李四: 29 }, {}, 'allow'],
    ['at quota', { 李四: 30 }, {}, 'block'],
    ['at a lowered quota', { 李四: 5 }, { quota: { closeQuota: 5 } }, 'block'],
    ['at quota, rule dormant', { 李四: 30 }, { quota: { enabled: false } }, 'allow'],
  ])('%s', (_name, counts, policy, outcome) => {
    expect(decideClaim(open, visit, ctx('李四', { closeCounts: counts, policy })).outcome).toBe(outcome);
  });

  test('the block says how many', () => {
    expect(reasonsOf(decideClaim(open, visit, ctx('李四', { closeCounts: { 李四: 30 } })))).toEqual([
      '已有 30/30 个紧密客户，请先成交或释放一个再保护新客户。']);
  });

  test('a new hire hired yesterday has the full quota, and is held to it', () => {
    expect(decideClaim(open, visit, ctx('钱七', { closeCounts: { 钱七: 29 } })).outcome).toBe('allow');
    expect(decideClaim(open, visit, ctx('钱七', { closeCounts: { 钱七: 30 } })).outcome).toBe('block');
  });

  test('renewing one of your own 紧密 customers at quota is fine; promoting your phone-only one is not', () => {
    expect(decideClaim(GREEN, visit, ctx('张三', { closeCounts: { 张三: 30 } })).outcome).toBe('allow');
    const own = customer('电话客户', [claim({ owner: '张三', status: 'phone' })]);
    expect(decideClaim(own, visit, ctx('张三', { closeCounts: { 张三: 30 } })).outcome).toBe('block');
    expect(decideClaim(own, { kind: 'deal' }, ctx('张三', { closeCounts: { 张三: 30 } })).outcome).toBe('allow');
  });
});

describe('new hires are preferred in a conflict over a 普通 customer', () => {
  const veterans = customer('普通客户', [claim({ owner: '张三', status: 'phone', ownedSince: '2026-10-01' })]);
  const newHires = customer('普通客户', [claim({ owner: '王五', status: 'phone', ownedSince: '2026-10-20' })]);

  test('a new hire calling a veteran\'s 普通 customer gets it', () => {
    const decision = decideClaim(veterans, phone, ctx('王五'));
    expect(decision.outcome).toBe('allow');
    expect(reasonsOf(decision)).toEqual(['新人优先：该普通客户由 张三 转到新同事 王五 名下。']);
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '王五', status: 'phone', ownedSince: TODAY });
    expect(decision.log[0]).toMatchObject({ kind: 'phone', rep: '王五', from: '张三' });
  });

  test('with the rule dormant the first caller keeps it', () => {
    const decision = decideClaim(veterans, phone, ctx('王五', { policy: { newHire: { enabled: false } } }));
    expect(decision.outcome).toBe('warn');
    expect(claimOn(decision.next, '')?.owner).toBe('张三');
  });

  test('a veteran calling a new hire\'s 普通 customer leaves it with the new hire', () => {
    expect(claimOn(decideClaim(newHires, phone, ctx('张三')).next, '')?.owner).toBe('王五');
  });

  test('a veteran who visits a new hire\'s 普通 customer is refused, and it is a 撞单', () => {
    const decision = decideClaim(newHires, visit, ctx('张三'));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([
      '新人优先：新同事 王五 正在跟进该普通客户（2026-10-20 联系），老员工不能登记，已记入撞单记录。']);
    expect(decision.log).toEqual([expect.objectContaining({ kind: 'collision', rep: '张三', from: '王五', attempted: 'visit' })]);
    expect(claimOn(decision.next, '')?.owner).toBe('王五');
    expect(decideClaim(newHires, visit, ctx('张三', { policy: { newHire: { enabled: false } } })).outcome).toBe('allow');
  });

  test('set to go to a manager, the veteran is held for the manager, also logged as 撞单', () => {
    const decision = decideClaim(newHires, visit, ctx('张三', { policy: { newHire: { conflict: 'manager' } } }));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([
      '新人优先：新同事 王五 正在跟进该普通客户（2026-10-20 联系），已记入撞单记录，请经理裁决（转移或强制登记）。']);
    expect(decision.log.map((e) => e.kind)).toEqual(['collision']);
  });

  test('a veteran calling a new hire\'s 普通 customer is told it is 新人优先', () => {
    expect(reasonsOf(decideClaim(newHires, phone, ctx('张三')))).toContain('新同事 王五 正在跟进该普通客户（新人优先），请先与其协调。');
  });

  test('a new hire visiting a veteran\'s 普通 customer is told it is 新人优先', () => {
    const decision = decideClaim(veterans, visit, ctx('王五'));
    expect(decision.outcome).toBe('allow');
    expect(reasonsOf(decision)).toEqual(['新人优先：该普通客户由 张三 转到新同事 王五 名下。']);
    expect(decision.log[0]).toMatchObject({ kind: 'visit', rep: '王五', from: '张三' });
  });
});

describe('grade A only for experienced reps (dormant by default)', () => {
  const gradeA = customer('大客户', [], { grade: 'A' });
  const on = { gradeA: { enabled: true, gradeATenureMonths: 12 } };
  test.each([
    ['王五', visit, on, 'block'],
    ['王五', phone, on, 'warn'],
    ['张三', visit, on, 'allow'],
    ['王五', visit, {}, 'allow'],
  ])('%s %o with %o → %s', (rep, action, policy, outcome) => {
    expect(decideClaim(gradeA, action, ctx(rep, { policy })).outcome).toBe(outcome);
  });

  test('the reason names the tenure', () => {
    expect(reasonsOf(decideClaim(gradeA, visit, ctx('王五', { policy: on })))).toEqual([
      'A级客户只能由入职满 12 个月的业务员负责（王五 入职 3 个月）。']);
  });
});

describe('a protected parent on its branches', () => {
  const parent = GREEN;
  const branch = customer('格林电子深圳分公司', [], { parentKey: GREEN.customerKey });
  const parentReasons = ['该客户是「格林电子」的分支机构，上级客户受保护：', GREEN_REASON];

  test.each([
    ['warns by default', {}, visit, 'warn'],
    ['blocks when set to block', { branch: { mode: 'block' as const } }, visit, 'block'],
    ['a call only warns even in block mode', { branch: { mode: 'block' as const } }, phone, 'warn'],
  ])('%s', (_name, policy, action, outcome) => {
    const decision = decideClaim(branch, action, ctx('李四', { parent, policy }));
    expect(decision.outcome).toBe(outcome);
    expect(reasonsOf(decision)).toEqual(parentReasons);
  });

  test('a block is logged as a collision with the parent\'s owner', () => {
    const decision = decideClaim(branch, visit, ctx('李四', { parent, policy: { branch: { mode: 'block' } } }));
    expect(decision.log).toEqual([expect.objectContaining({ kind: 'collision', from: '张三', customerKey: branch.customerKey })]);
    expect(decision.next.claims).toEqual([]);
  });

  test.each([
    ['the parent\'s own owner', '张三', {}],
    ['anyone, rule dormant', '李四', { branch: { enabled: false } }],
  ])('%s works the branch freely', (_name, rep, policy) => {
    const decision = decideClaim(branch, visit, ctx(rep, { parent, policy }));
    expect(decision.outcome).toBe('allow');
  });
});

describe('product lines (dormant by default)', () => {
  const lines = { productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } };
  const supermarket = customer('华润万家', [
    claim({ owner: '张三', status: 'visit', visit: '2026-10-20', line: '小家电' })]);

  test('two reps hold the same customer on different lines', () => {
    const decision = decideClaim(supermarket, { kind: 'visit', productLine: '电动工具' }, ctx('李四', { policy: lines }));
    expect(decision.outcome).toBe('allow');
    expect(decision.next.claims.map((c) => [c.productLine, c.owner])).toEqual([['小家电', '张三'], ['电动工具', '李四']]);
  });

  test('the same line is still protected', () => {
    expect(decideClaim(supermarket, { kind: 'visit', productLine: '小家电' }, ctx('李四', { policy: lines })).outcome)
      .toBe('block');
  });

  test('no line given means the default line, so a registration is never refused for want of one', () => {
    const decision = decideClaim(supermarket, { kind: 'visit', productLine: '  ' }, ctx('李四', { policy: lines }));
    expect(decision.outcome).toBe('block');
    expect(decision.log[0]).toMatchObject({ kind: 'collision', productLine: '小家电', from: '张三' });
    const fresh = decideClaim(customer('新客户', []), { kind: 'visit' }, ctx('李四', { policy: lines }));
    expect(fresh.outcome).toBe('allow');
    expect(fresh.next.claims.map((c) => c.productLine)).toEqual(['小家电']);
  });

  test('a line that is not on the team\'s list is refused with the list', () => {
    const decision = decideClaim(supermarket, { kind: 'visit', productLine: '油漆' }, ctx('李四', { policy: lines }));
    expect(reasonsOf(decision)).toEqual(['产品线“油漆”不在团队的产品线中（小家电、电动工具）。']);
    expect(decision.log).toEqual([]);
  });

  test('with the rule dormant the line is ignored: one claim per customer', () => {
    const whole = customer('华润万家', [claim({ owner: '张三', status: 'visit', visit: '2026-10-20' })]);
    expect(decideClaim(whole, { kind: 'visit', productLine: '电动工具' }, ctx('李四')).outcome).toBe('block');
  });
});

describe('input that cannot be registered', () => {
  test.each<[string, ClaimAction, string]>([
    ['a future date', { kind: 'visit', date: d('2026-11-02') }, '日期 2026-11-02 晚于今天 2026-11-01，不能登记未来的联系。'],
    ['a sample without model', { kind: 'sample', sampleModel: '  ' }, '送样必须填写样品型号。'],
  ])('%s', (_name, action, reason) => {
    const decision = decideClaim(customer('新客户', []), action, ctx('李四'));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([reason]);
    expect(decision.log).toEqual([]);
  });
});

describe('release and follow-up', () => {
  test('the owner may release early; history is kept', () => {
    const decision = decideClaim(GREEN, { kind: 'release' }, ctx('张三'));
    expect(decision.outcome).toBe('allow');
    expect(claimOn(decision.next, '')).toMatchObject({ status: 'released', owner: '张三', sampleModel: 'BL-466' });
    expect(decision.log).toEqual([expect.objectContaining({ kind: 'release', by: '张三', rep: '张三' })]);
    expect(decideClaim(decision.next, visit, ctx('李四')).outcome).toBe('allow');
  });

  test.each<[string, string, ClaimAction, string]>([
    ['another rep', '李四', { kind: 'release' }, '只有负责人 张三 或经理可以释放该客户。'],
    ['a manager without a reason', '赵六', { kind: 'release', reason: '  ' }, '经理释放他人的客户必须填写原因。'],
  ])('%s cannot release', (_name, rep, action, reason) => {
    expect(reasonsOf(decideClaim(GREEN, action, ctx(rep)))).toEqual([reason]);
  });

  test('a manager releases with a reason, logged', () => {
    const decision = decideClaim(GREEN, { kind: 'release', reason: ' 张三离职 ' }, ctx('赵六'));
    expect(decision.outcome).toBe('allow');
    expect(decision.log[0]).toMatchObject({ kind: 'release', by: '赵六', rep: '张三', reason: '张三离职' });
  });

  test('nothing to release on an unclaimed customer', () => {
    expect(reasonsOf(decideClaim(customer('新客户', []), { kind: 'release' }, ctx('张三')))).toEqual(['该客户目前没有负责人。']);
  });

  test('the owner schedules the next follow-up', () => {
    const decision = decideClaim(GREEN, { kind: 'followUp', nextDate: d('2026-11-15'), notes: '等试样结果' }, ctx('张三'));
    expect(decision.outcome).toBe('allow');
    expect(claimOn(decision.next, '')).toMatchObject({ nextFollowUpDate: d('2026-11-15'), followUpNotes: '等试样结果' });
    expect(decision.log[0]).toMatchObject({ kind: 'followUp', nextFollowUpDate: d('2026-11-15') });
  });

  test.each<[string, string, ClaimAction, string]>([
    ['another rep', '李四', { kind: 'followUp', nextDate: d('2026-11-15') }, '只有负责人 张三 可以安排再次跟进。'],
    ['a past date', '张三', { kind: 'followUp', nextDate: d('2026-10-31') }, '再次跟进日期 2026-10-31 早于今天 2026-11-01。'],
  ])('follow-up by %s is blocked', (_name, rep, action, reason) => {
    expect(reasonsOf(decideClaim(GREEN, action, ctx(rep)))).toEqual([reason]);
  });
});

describe('a manager refused by the rules', () => {
  test('is told it was not registered and not logged as 撞单, and pointed to the override', () => {
    const decision = decideClaim(GREEN, visit, ctx('赵六'));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([GREEN_REASON, expect.stringContaining('经理的这次登记不算撞单，未记录')]);
    expect(reasonsOf(decision).join('')).not.toContain('已记录撞单');
    expect(decision.log).toEqual([]);
  });
});
