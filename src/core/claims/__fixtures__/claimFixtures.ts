// Test fixtures for the claim rules: a small team, dates and claims built from short descriptions.
import { parseIsoDate, type CalendarDate } from '../../dates/calendarDate';
import { formatMessage, type Message } from '../../../i18n/message';
import { claimPolicy, type ClaimPolicyChanges } from '../claimPolicy';
import type { ClaimContext, ClaimDecision } from '../claimDecision';
import { newClaimState, type ClaimState, type LineClaim } from '../claimState';
import type { RosterMember } from '../roster';

export const d = (text: string): CalendarDate => {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
};

/** 张三, 李四: veterans · 王五, 钱七: new hires in late 2026 · 赵六: manager. */
export const ROSTER: RosterMember[] = [
  { name: '张三', department: '华南', isManager: false, hireDate: d('2020-03-01'), gender: 'male' },
  { name: '李四', department: '华南', isManager: false, hireDate: d('2019-06-15'), gender: 'female' },
  { name: '王五', department: '华东', isManager: false, hireDate: d('2026-08-01') },
  { name: '钱七', department: '华东', isManager: false, hireDate: d('2026-10-31') },
  { name: '赵六', department: '华南', isManager: true, hireDate: d('2015-01-01') },
];

export const member = (name: string): RosterMember => {
  const found = ROSTER.find((m) => m.name === name);
  if (!found) throw new Error(`no ${name} in the test roster`);
  return found;
};

export const TODAY = d('2026-11-01');

export interface ContextOptions {
  policy?: ClaimPolicyChanges;
  today?: string;
  closeCounts?: Record<string, number>;
  parent?: ClaimState | null;
}

export function ctx(actor: string, options: ContextOptions = {}): ClaimContext {
  return {
    actor: member(actor), roster: ROSTER, policy: claimPolicy(options.policy), today: options.today ? d(options.today) : TODAY,
    closeCounts: new Map(Object.entries(options.closeCounts ?? {})), parent: options.parent ?? null,
  };
}

/** A claim described by its interesting fields; dates as text. */
export function claim(fields: {
  owner: string; status: LineClaim['status']; ownedSince?: string; visit?: string; sample?: string; model?: string;
  deal?: string; handedOverOn?: string; followUp?: string; line?: string;
}): LineClaim {
  const opt = (s?: string) => (s ? d(s) : null);
  return {
    productLine: fields.line ?? '', owner: fields.owner,
    ownedSince: d(fields.ownedSince ?? fields.visit ?? fields.sample ?? fields.deal ?? '2026-09-01'),
    status: fields.status, visitDate: opt(fields.visit), sampleDate: opt(fields.sample), sampleModel: fields.model ?? '',
    dealDate: opt(fields.deal), handedOverOn: opt(fields.handedOverOn), nextFollowUpDate: opt(fields.followUp),
    followUpNotes: '', creditShares: [],
  };
}

export function customer(name: string, claims: LineClaim[], extra: Partial<ClaimState> = {}): ClaimState {
  return { ...newClaimState(`key-${name}`, name), claims, ...extra };
}

/** 格林电子, held by 张三: visit 2026-10-08, sample BL-466 on 2026-10-15 → protected through 2027-01-13. */
export const GREEN = customer('格林电子', [claim({ owner: '张三', status: 'sample', visit: '2026-10-08', sample: '2026-10-15', model: 'BL-466' })]);

export const zh = (msg: Message): string => formatMessage(msg, 'zh-CN');
export const reasonsOf = (decision: ClaimDecision): string[] => decision.reasons.map(zh);
