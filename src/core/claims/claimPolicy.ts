import { calendarDateAt, DEFAULT_TIME_ZONE, type CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import { productLinesProblems } from './productLineList';

/**
 * The team's claim rules (SPEC §4). Every rule has its own `enabled` switch so a small team can write the
 * whole policy down and leave parts of it dormant until it grows (seed 001: "先写好, 暂不激活").
 * A dormant rule has no effect at all: decisions come out as if the rule did not exist.
 */
export interface ClaimPolicy {
  /** All rule dates are calendar dates in this zone. */
  timeZone: string;
  /** A visit or sample protects the customer for `protectDays` from the latest one (inclusive, see protection.ts). */
  protection: { enabled: boolean; protectDays: number };
  /** A deal (合作) protects without expiry and without quota. */
  dealProtection: { enabled: boolean };
  /** Phoning a customer someone else holds gets a warning (ask the customer first). */
  phoneWarning: { enabled: boolean };
  /** The owner is reminded `remindDays` before 保护到期. */
  reminders: { enabled: boolean; remindDays: number };
  /** 再次跟进日期 due or overdue is listed for the owner. */
  followUps: { enabled: boolean };
  /** A rep may hold at most `closeQuota` 紧密 customers. */
  quota: { enabled: boolean; closeQuota: number };
  /**
   * Reps with tenure < `newHireMonths` win conflicts over 普通 customers and may receive surplus 紧密 ones. A
   * veteran who tries to take a 普通 customer a new hire is following is refused (`conflict: 'block'`) or held
   * for a manager to settle (`'manager'`); either way it is a 撞单.
   */
  newHire: { enabled: boolean; newHireMonths: number; conflict: NewHireConflict };
  /** Grade A customers only for reps with tenure ≥ `gradeATenureMonths` (seed 002). */
  gradeA: { enabled: boolean; gradeATenureMonths: number };
  /** Customers owned longer than `rotateMonths` are flagged for review (seed 002). */
  rotation: { enabled: boolean; rotateMonths: number };
  /** A parent's protection warns (or blocks) on its branches (seeds 001, 004). */
  branch: { enabled: boolean; mode: 'warn' | 'block' };
  /**
   * Claims per (customer, 产品线) with a 主负责人 and a credit split (seed 004). `lines` is the team's list;
   * a registration or row without a line is on `defaultLine`, so switching the rule on changes no existing claim.
   */
  productLines: { enabled: boolean; lines: string[]; defaultLine: string };
  /** Managers may transfer or force-claim with a mandatory reason. */
  overrides: { enabled: boolean };
  /** A look-up of a colleague's customer hides its contact person and phone (owner and managers still see them). */
  contactPrivacy: { enabled: boolean };
}

/** What happens when a veteran claims a 普通 customer a new hire is following. */
export type NewHireConflict = 'block' | 'manager';

/** The proposal's rules are on; the rules teams adopt as they grow (grade A, rotation, product lines) are dormant. */
export const DEFAULT_CLAIM_POLICY: ClaimPolicy = {
  timeZone: DEFAULT_TIME_ZONE,
  protection: { enabled: true, protectDays: 90 },
  dealProtection: { enabled: true },
  phoneWarning: { enabled: true },
  reminders: { enabled: true, remindDays: 7 },
  followUps: { enabled: true },
  quota: { enabled: true, closeQuota: 30 },
  newHire: { enabled: true, newHireMonths: 6, conflict: 'block' },
  gradeA: { enabled: false, gradeATenureMonths: 12 },
  rotation: { enabled: false, rotateMonths: 24 },
  branch: { enabled: true, mode: 'warn' },
  productLines: { enabled: false, lines: [], defaultLine: '' },
  overrides: { enabled: true },
  contactPrivacy: { enabled: true },
};

export type ClaimPolicyChanges = { [K in keyof ClaimPolicy]?: ClaimPolicy[K] extends object ? Partial<ClaimPolicy[K]> : ClaimPolicy[K] };

/** The defaults with a team's saved settings laid over them, rule by rule. */
export function claimPolicy(changes: ClaimPolicyChanges = {}): ClaimPolicy {
  const merged = { ...DEFAULT_CLAIM_POLICY } as Record<string, unknown>;
  for (const [name, value] of Object.entries(changes)) {
    const base = merged[name];
    merged[name] = typeof base === 'object' && base !== null ? { ...base, ...(value as object) } : value;
  }
  return merged as unknown as ClaimPolicy;
}

/** Today's rule date for an instant read by the caller (rules themselves never read the clock). */
export function ruleDate(instant: Date, policy: ClaimPolicy): CalendarDate {
  return calendarDateAt(instant, policy.timeZone);
}

function wholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with settings a manager typed; empty when they can be saved. */
export function validatePolicy(policy: ClaimPolicy): Message[] {
  const problems: Message[] = [];
  const check = (ok: boolean, key: Parameters<typeof message>[0], value: number | string) => {
    if (!ok) problems.push(message(key, { value }));
  };
  check(wholeIn(policy.protection.protectDays, 1, 3650), 'claims.policy.protectDays', policy.protection.protectDays);
  check(wholeIn(policy.reminders.remindDays, 0, policy.protection.protectDays), 'claims.policy.remindDays',
    policy.reminders.remindDays);
  check(wholeIn(policy.quota.closeQuota, 1, 10_000), 'claims.policy.closeQuota', policy.quota.closeQuota);
  check(wholeIn(policy.newHire.newHireMonths, 1, 120), 'claims.policy.newHireMonths', policy.newHire.newHireMonths);
  check(wholeIn(policy.gradeA.gradeATenureMonths, 0, 240), 'claims.policy.gradeATenureMonths',
    policy.gradeA.gradeATenureMonths);
  check(wholeIn(policy.rotation.rotateMonths, 1, 240), 'claims.policy.rotateMonths', policy.rotation.rotateMonths);
  check(isTimeZone(policy.timeZone), 'claims.policy.timeZone', policy.timeZone);
  problems.push(...productLinesProblems(policy.productLines));
  return problems;
}
