import { claimPolicy, DEFAULT_CLAIM_POLICY, ruleDate, validatePolicy } from './claimPolicy';
import { zh } from './__fixtures__/claimFixtures';

test('defaults: the proposal\'s rules on, the growth rules dormant', () => {
  expect(DEFAULT_CLAIM_POLICY).toMatchObject({
    timeZone: 'Asia/Shanghai', protection: { enabled: true, protectDays: 90 }, reminders: { remindDays: 7 },
    quota: { enabled: true, closeQuota: 30 }, newHire: { newHireMonths: 6 }, rotation: { enabled: false, rotateMonths: 24 },
    gradeA: { enabled: false }, branch: { enabled: true, mode: 'warn' }, productLines: { enabled: false },
  });
  expect(validatePolicy(DEFAULT_CLAIM_POLICY)).toEqual([]);
});

test('saved settings are laid over the defaults rule by rule', () => {
  const policy = claimPolicy({ protection: { protectDays: 60 }, branch: { mode: 'block' }, timeZone: 'UTC' });
  expect(policy.protection).toEqual({ enabled: true, protectDays: 60 });
  expect(policy.branch).toEqual({ enabled: true, mode: 'block' });
  expect(policy.timeZone).toBe('UTC');
  expect(DEFAULT_CLAIM_POLICY.protection.protectDays).toBe(90);
});

test('validatePolicy explains each bad setting', () => {
  const policy = claimPolicy({
    protection: { protectDays: 0 }, reminders: { remindDays: 3 }, quota: { closeQuota: 2.5 },
    rotation: { rotateMonths: -1 }, timeZone: 'Mars/Olympus',
  });
  expect(validatePolicy(policy).map(zh)).toEqual([
    '保护天数须为 1–3650 之间的整数（当前 0）。',
    '提前提醒天数须为 0 到保护天数之间的整数（当前 3）。',
    '紧密客户配额须为 1–10000 之间的整数（当前 2.5）。',
    '轮换评估月数须为 1–240 之间的整数（当前 -1）。',
    '时区「Mars/Olympus」无效。',
  ]);
});

test('ruleDate reads the date in the team\'s time zone', () => {
  const instant = new Date('2026-10-31T17:30:00Z');
  expect(ruleDate(instant, claimPolicy())).toBe('2026-11-01');
  expect(ruleDate(instant, claimPolicy({ timeZone: 'America/Los_Angeles' }))).toBe('2026-10-31');
});

test('contact privacy is on by default, also for a team whose saved settings predate it', () => {
  expect(claimPolicy().contactPrivacy.enabled).toBe(true);
  expect(claimPolicy({ quota: { closeQuota: 20 } }).contactPrivacy.enabled).toBe(true);
  expect(claimPolicy({ contactPrivacy: { enabled: false } }).contactPrivacy.enabled).toBe(false);
});
