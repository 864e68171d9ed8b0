import type { ClaimAction } from './claimAction';
import { claimPolicy } from './claimPolicy';
import { claimOn } from './claimState';
import { decideClaim } from './decideClaim';
import { creditSplit } from './override';
import { namedPrimary, primaryOwnerOf } from './productLines';
import { surplusOffer } from './surplusOffer';
import { protectedUntil } from './protection';
import { claim, ctx, customer, d, GREEN, reasonsOf, ROSTER, TODAY } from './__fixtures__/claimFixtures';

const GREEN_REASON = '张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13';
const transfer = (fields: Partial<Extract<ClaimAction, { kind: 'transfer' }>> = {}): ClaimAction =>
  ({ kind: 'transfer', to: '王五', reason: '久攻不下，换人跟进', ...fields });

describe('every override is a manager\'s, switchable, with a reason', () => {
  const force: ClaimAction = { kind: 'forceClaim', rep: '李四', contact: 'visit', reason: '客户指定李四' };
  const surplus: ClaimAction = { kind: 'surplusTransfer', to: '王五', reason: '配额调整', formerOwnerShare: 30 };
  test.each<[string, string, ClaimAction, object, string]>([
    ['transfer by a rep', '张三', transfer(), {}, '只有经理可以转交或强制认领客户。'],
    ['force-claim by a rep', '李四', force, {}, '只有经理可以转交或强制认领客户。'],
    ['surplus transfer by a rep', '张三', surplus, {}, '只有经理可以转交或强制认领客户。'],
    ['transfer with a blank reason', '赵六', transfer({ reason: ' \t ' }), {}, '经理调配必须填写原因。'],
    ['force-claim with a blank reason', '赵六', { ...force, reason: '' }, {}, '经理调配必须填写原因。'],
    ['transfer with overrides dormant', '赵六', transfer(), { overrides: { enabled: false } }, '经理调配规则未启用。'],
    ['transfer to someone off the roster', '赵六', transfer({ to: '孙八' }), {}, '花名册中没有业务员「孙八」。'],
    ['transfer to the owner', '赵六', transfer({ to: '张三' }), {}, '张三 已是该客户的负责人。'],
    ['a share of 100%', '赵六', transfer({ formerOwnerShare: 100 }), {}, '原负责人的分成比例须为 1–99 之间的整数（当前 100）。'],
    ['a share of 12.5%', '赵六', transfer({ formerOwnerShare: 12.5 }), {}, '原负责人的分成比例须为 1–99 之间的整数（当前 12.5）。'],
  ])('%s is blocked', (_name, actor, action, policy, reason) => {
    const decision = decideClaim(GREEN, action, ctx(actor, { policy }));
    expect(decision.outcome).toBe('block');
    expect(reasonsOf(decision)).toEqual([reason]);
    expect(decision.log).toEqual([]);
  });

  test('transferring an unclaimed customer is blocked', () => {
    expect(reasonsOf(decideClaim(customer('新客户', []), transfer(), ctx('赵六')))).toEqual(['该客户目前没有负责人。']);
  });
});

describe('manager transfer', () => {
  test('moves the customer, restarts the window from the handover, logs the reason', () => {
    const decision = decideClaim(GREEN, transfer(), ctx('赵六'));
    expect(decision.outcome).toBe('allow');
    expect(reasonsOf(decision)).toEqual(['客户将从 张三 名下转给 王五。']);
    const next = claimOn(decision.next, '')!;
    expect(next).toMatchObject({ owner: '王五', ownedSince: TODAY, handedOverOn: TODAY, status: 'sample', creditShares: [] });
    expect(protectedUntil(next, claimPolicy())).toBe('2027-01-30');
    expect(decision.log).toEqual([expect.objectContaining({
      kind: 'transfer', by: '赵六', rep: '王五', from: '张三', reason: '久攻不下，换人跟进', date: TODAY })]);
  });

  test('others now see the new owner and the handover as the reason', () => {
    const handed = decideClaim(GREEN, transfer(), ctx('赵六')).next;
    expect(reasonsOf(decideClaim(handed, { kind: 'visit' }, ctx('李四')))[0]).toBe('王五 2026-11-01 经理转交接手, 保护至 2027-01-30');
    const visited = decideClaim(handed, { kind: 'visit', date: d('2026-11-01') }, ctx('王五')).next;
    expect(reasonsOf(decideClaim(visited, { kind: 'visit' }, ctx('李四')))[0]).toBe('王五 2026-11-01 拜访, 保护至 2027-01-30');
  });

  test('records the former owner\'s credit share', () => {
    const decision = decideClaim(GREEN, transfer({ formerOwnerShare: 50 }), ctx('赵六'));
    const shares = [{ rep: '王五', percent: 50 }, { rep: '张三', percent: 50 }];
    expect(claimOn(decision.next, '')?.creditShares).toEqual(shares);
    expect(decision.log[0].creditShares).toEqual(shares);
  });

  test('warns when the receiver is at quota or too junior for grade A, but goes ahead', () => {
    const gradeA = { ...GREEN, grade: 'A' as const };
    const decision = decideClaim(gradeA, transfer(), ctx('赵六', {
      closeCounts: { 王五: 30 }, policy: { gradeA: { enabled: true } } }));
    expect(decision.outcome).toBe('warn');
    expect(reasonsOf(decision)).toEqual([
      '王五 已有 30/30 个紧密客户，此操作将超出配额。',
      'A级客户只能由入职满 12 个月的业务员负责（王五 入职 3 个月）。',
      '客户将从 张三 名下转给 王五。']);
    expect(claimOn(decision.next, '')?.owner).toBe('王五');
  });
});

describe('manager force-claim', () => {
  const force: ClaimAction = { kind: 'forceClaim', rep: '李四', contact: 'sample', sampleModel: 'BL-500', reason: '客户指定李四' };

  test('overrides protection, with a warning that says whose', () => {
    const decision = decideClaim(GREEN, force, ctx('赵六'));
    expect(decision.outcome).toBe('warn');
    expect(reasonsOf(decision)).toEqual(['将覆盖 张三 的保护：', GREEN_REASON]);
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '李四', status: 'sample', sampleModel: 'BL-500', visitDate: null });
    expect(decision.log).toEqual([
      expect.objectContaining({ kind: 'sample', by: '赵六', rep: '李四', sampleModel: 'BL-500' }),
      expect.objectContaining({ kind: 'forceClaim', by: '赵六', rep: '李四', from: '张三', reason: '客户指定李四' }),
    ]);
  });

  test('on an open customer nothing is overridden', () => {
    const decision = decideClaim(customer('新客户', []), force, ctx('赵六'));
    expect(decision.outcome).toBe('allow');
    expect(decision.log[1].from).toBeUndefined();
  });

  test('names the quota it exceeds', () => {
    const decision = decideClaim(customer('新客户', []), force, ctx('赵六', { closeCounts: { 李四: 30 } }));
    expect(reasonsOf(decision)).toEqual(['李四 已有 30/30 个紧密客户，此操作将超出配额。']);
  });

  test('for the owner it is a renewal', () => {
    const decision = decideClaim(GREEN, { ...force, rep: '张三' }, ctx('赵六', { closeCounts: { 张三: 30 } }));
    expect(decision.outcome).toBe('allow');
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '张三', sampleDate: TODAY, visitDate: d('2026-10-08') });
  });
});

describe('surplus 紧密 customers to a new hire', () => {
  const surplus = (fields: Partial<Extract<ClaimAction, { kind: 'surplusTransfer' }>> = {}): ClaimAction =>
    ({ kind: 'surplusTransfer', to: '王五', reason: '超出配额，转给新人', formerOwnerShare: 30, ...fields });
  const over = { closeCounts: { 张三: 32 } };

  test('moves it with the veteran\'s share recorded', () => {
    const decision = decideClaim(GREEN, surplus(), ctx('赵六', over));
    expect(decision.outcome).toBe('allow');
    const shares = [{ rep: '王五', percent: 70 }, { rep: '张三', percent: 30 }];
    expect(claimOn(decision.next, '')).toMatchObject({ owner: '王五', creditShares: shares });
    expect(decision.log[0]).toMatchObject({ kind: 'surplusTransfer', from: '张三', rep: '王五', creditShares: shares });
  });

  test.each<[string, ClaimAction, object, string]>([
    ['a veteran at quota has no surplus', surplus(), { closeCounts: { 张三: 30 } }, '张三 有 30/30 个紧密客户，没有超出配额的客户。'],
    ['only to a new hire', surplus({ to: '李四' }), over, '李四 入职已 88 个月，不是新人（新人：入职未满 6 个月）。'],
    ['the new hire must have room', surplus(), { closeCounts: { 张三: 32, 王五: 30 } }, '王五 已有 30/30 个紧密客户。'],
    ['the share is mandatory and valid', surplus({ formerOwnerShare: 0 }), over, '原负责人的分成比例须为 1–99 之间的整数（当前 0）。'],
    ['new-hire rule dormant', surplus(), { ...over, policy: { newHire: { enabled: false } } }, '新人规则或紧密客户配额未启用，无法转出多余客户。'],
    ['quota dormant', surplus(), { ...over, policy: { quota: { enabled: false } } }, '新人规则或紧密客户配额未启用，无法转出多余客户。'],
  ])('%s', (_name, action, options, reason) => {
    expect(reasonsOf(decideClaim(GREEN, action, ctx('赵六', options)))).toEqual([reason]);
  });

  test('a deal is not surplus', () => {
    const deal = customer('老客户', [claim({ owner: '张三', status: 'deal', deal: '2025-01-01' })]);
    expect(reasonsOf(decideClaim(deal, surplus(), ctx('赵六', over)))).toEqual(['只有紧密客户可以作为多余客户转给新人。']);
  });
});

describe('creditSplit', () => {
  test.each([
    [30, [{ rep: '王五', percent: 70 }, { rep: '张三', percent: 30 }]],
    [1, [{ rep: '王五', percent: 99 }, { rep: '张三', percent: 1 }]],
    [0, null], [100, null], [33.3, null], [Number.NaN, null],
  ])('former owner keeps %p', (share, expected) => expect(creditSplit('王五', '张三', share)).toEqual(expected));
});

describe('主负责人 and credit split across product lines', () => {
  const lines = { productLines: { enabled: true } };
  const supermarket = customer('华润万家', [
    claim({ owner: '张三', status: 'visit', visit: '2026-10-20', line: '小家电' }),
    claim({ owner: '李四', status: 'deal', deal: '2026-09-01', line: '电动工具' }),
  ]);

  test('the first to hold a line is primary until a manager names another', () => {
    const policy = claimPolicy(lines);
    expect(primaryOwnerOf(supermarket, policy, TODAY)).toBe('李四');
    const split = [{ rep: '张三', percent: 60 }, { rep: '李四', percent: 40 }];
    const decision = decideClaim(supermarket, { kind: 'setPrimary', rep: '张三', split }, ctx('赵六', { policy: lines }));
    expect(decision.outcome).toBe('allow');
    expect(decision.next.primary).toEqual({ rep: '张三', split });
    expect(primaryOwnerOf(decision.next, policy, TODAY)).toBe('张三');
    expect(decision.log[0]).toMatchObject({ kind: 'setPrimary', rep: '张三', creditShares: split });
    // 张三's line is protected through 2027-01-18; from the 19th he holds no line, so the primary falls back.
    expect(primaryOwnerOf(decision.next, policy, d('2027-01-19'))).toBe('李四');
  });

  test.each<[string, string, ClaimAction, object, string]>([
    ['split not 100%', '赵六', { kind: 'setPrimary', rep: '张三', split: [{ rep: '张三', percent: 50 }, { rep: '李四', percent: 40 }] }, lines, '分成比例合计须为 100%（当前 90%）。'],
    ['someone without a line', '赵六', { kind: 'setPrimary', rep: '王五', split: [{ rep: '王五', percent: 100 }] }, lines, '王五 没有负责该客户的任何产品线。'],
    ['by a rep', '张三', { kind: 'setPrimary', rep: '张三', split: [{ rep: '张三', percent: 100 }] }, lines, '只有经理可以转交或强制认领客户。'],
    ['product lines dormant', '赵六', { kind: 'setPrimary', rep: '张三', split: [{ rep: '张三', percent: 100 }] }, {}, '产品线规则未启用，无需指定主负责人。'],
  ])('%s is blocked', (_name, actor, action, policy, reason) => {
    expect(reasonsOf(decideClaim(supermarket, action, ctx(actor, { policy })))).toEqual([reason]);
  });
});

describe('surplusOffer: where the manager is offered 多余紧密客户转新人', () => {
  const held = customer('格林电子', [claim({ owner: '张三', status: 'visit', visit: '2026-10-20' })]);
  const options = { policy: { quota: { enabled: true, closeQuota: 2 } }, closeCounts: { 张三: 3, 王五: 1, 钱七: 2 } };

  test('a veteran over quota: offered, to the new hires with room', () => {
    const c = ctx('赵六', options);
    expect(surplusOffer(held, '', c)).toEqual({ owner: '张三', count: 3, quota: 2, newHires: ['王五'] });
  });

  test('not offered within the quota, for a deal, or for a new hire\'s own customer', () => {
    expect(surplusOffer(held, '', ctx('赵六', { ...options, closeCounts: { 张三: 2 } }))).toBeNull();
    const deal = customer('雅玛西', [claim({ owner: '张三', status: 'deal', deal: '2026-10-01' })]);
    expect(surplusOffer(deal, '', ctx('赵六', options))).toBeNull();
    const newHires = customer('博蓝', [claim({ owner: '王五', status: 'visit', visit: '2026-10-20' })]);
    expect(surplusOffer(newHires, '', ctx('赵六', { ...options, closeCounts: { 王五: 3 } }))).toBeNull();
  });

  test('what it offers, the rules allow: the decision goes through with the share', () => {
    const c = ctx('赵六', options);
    const decision = decideClaim(held, { kind: 'surplusTransfer', to: '王五', reason: '张三超额', formerOwnerShare: 40 }, c);
    expect(decision.outcome).toBe('allow');
    expect(decision.log[0]).toMatchObject({ kind: 'surplusTransfer', rep: '王五', from: '张三', creditShares: [{ rep: '王五', percent: 60 }, { rep: '张三', percent: 40 }] });
  });
});

describe('namedPrimary: the 主负责人 a manager named, read back from the log', () => {
  const naming = (by: string, rep: string) => ({
    kind: 'setPrimary' as const, customerKey: 'k', productLine: '', date: TODAY, by, rep,
    creditShares: [{ rep, percent: 60 }, { rep: '张三', percent: 40 }],
  });

  test('the latest manager\'s naming counts; a rep\'s own line is ignored', () => {
    expect(namedPrimary([naming('赵六', '李四'), naming('李四', '李四')], ROSTER)).toEqual({ rep: '李四', split: naming('赵六', '李四').creditShares });
    expect(namedPrimary([naming('李四', '李四')], ROSTER)).toBeNull();
    expect(namedPrimary([naming('赵六', '李四'), naming('赵六', '张三')], ROSTER)?.rep).toBe('张三');
  });

  test('primaryOwnerOf follows the naming while that rep holds a line, else whoever got a line first', () => {
    const lines = { productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } };
    const c = ctx('赵六', { policy: lines });
    const two = customer('华润万家', [
      claim({ owner: '张三', status: 'visit', visit: '2026-10-01', line: '小家电' }),
      claim({ owner: '李四', status: 'visit', visit: '2026-10-10', line: '电动工具' }),
    ]);
    expect(primaryOwnerOf(two, c.policy, TODAY)).toBe('张三');
    expect(primaryOwnerOf({ ...two, primary: namedPrimary([naming('赵六', '李四')], ROSTER) }, c.policy, TODAY)).toBe('李四');
    expect(primaryOwnerOf({ ...two, primary: { rep: '王五', split: [] } }, c.policy, TODAY)).toBe('张三');
  });
});
