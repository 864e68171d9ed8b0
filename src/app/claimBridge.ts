import {
  claimStateFromRecord, creditSharesIn, creditSplit, creditSharesMessage, customerKeyOf, recordWithClaim, rosterMemberOf, SURPLUS_HANDOVER_MARK,
  type ActivityEntry, type ClaimAction, type ClaimPolicy, type ClaimState, type RosterMember,
} from '../core/claims';
import type { CustomerRecord } from '../core/register/customerRecord';
import { formatMessage } from '../i18n/message';
import type { Activity, ActivityKind, RosterEntry } from '../store/claimStore';

/**
 * The register keeps one row per customer (CustomerRecord); the claim rules reason about claims (ClaimState);
 * the store logs Activities. These functions translate between the three so the pane can ask the rules about
 * a row and write their answer back.
 */

/** A roster entry as the rules see it. */
export function rosterMember(entry: RosterEntry): RosterMember {
  return rosterMemberOf(entry);
}

/** The claim state of a stored customer: its row, and its log as the rules' history. */
export function claimStateOf(
  record: CustomerRecord,
  activities: readonly Activity[],
  policy: ClaimPolicy,
  parentKey: string | null = null,
): ClaimState {
  return claimStateFromRecord(record, policy, { history: claimHistory(activities), parentKey });
}

/** The row after the rules decided, with the department of whoever holds it now. */
export function recordAfter(record: CustomerRecord, next: ClaimState, policy: ClaimPolicy, roster: readonly RosterEntry[]): CustomerRecord {
  const updated = recordWithClaim(record, next, policy);
  const department = roster.find((m) => m.name === updated.rep)?.department;
  return department ? { ...updated, department } : updated;
}

const STORED_KIND: Partial<Record<ActivityEntry['kind'], ActivityKind>> = {
  phone: 'phone', visit: 'visit', sample: 'sample', deal: 'deal', release: 'release', expired: 'release',
  collision: 'collision', transfer: 'transfer', surplusTransfer: 'transfer', forceClaim: 'claim', setPrimary: 'primary',
};

/**
 * The log line the store keeps for a rules' entry; null for entries the register itself shows (follow-ups).
 * Reasons are stored in zh-CN, the team's language, so the shared list reads the same for all. The 主负责人
 * is the customer's, not one line's: it is logged under the customer's 查重键.
 */
export function storedActivity(entry: ActivityEntry, customerName: string, id: string): Activity | null {
  const kind = STORED_KIND[entry.kind];
  if (!kind) return null;
  const detail = [
    entry.kind === 'surplusTransfer' ? SURPLUS_HANDOVER_MARK : '',
    entry.sampleModel ?? '',
    entry.reason ?? '',
    entry.detail ? formatMessage(entry.detail, 'zh-CN') : '',
    // A credit split travels in the text (creditSharesIn reads it back for 我的客户 and the summary).
    entry.creditShares?.length ? formatMessage(creditSharesMessage(entry.creditShares), 'zh-CN') : '',
  ].filter(Boolean).join(' · ');
  // The store's convention: a collision names the rep who holds the customer, not the one who was blocked.
  const collision = entry.kind === 'collision';
  return {
    id, kind, dedupeKey: kind === 'primary' ? customerKeyOf(entry.customerKey) : entry.customerKey, customerName, actor: entry.by ?? '',
    rep: collision ? entry.from ?? entry.rep : entry.rep, previousRep: collision ? '' : entry.from ?? '', date: entry.date, detail,
  };
}

/**
 * A store log line as the rules' history: contacts (for "last contact" and the handover script) and
 * transfers (a manager's handover restarts the protection window).
 */
export function claimHistory(activities: readonly Activity[]): ActivityEntry[] {
  return activities.flatMap(historyEntry);
}

function historyEntry(activity: Activity): ActivityEntry[] {
  const { kind } = activity;
  const base = { customerKey: activity.dedupeKey, productLine: '', date: activity.date, by: activity.actor, rep: activity.rep };
  if (kind === 'transfer') return [{ ...base, kind, from: activity.previousRep }];
  if (kind === 'primary') return [{ ...base, kind: 'setPrimary', creditShares: creditSharesIn(activity.detail) }];
  if (kind !== 'phone' && kind !== 'visit' && kind !== 'sample' && kind !== 'deal') return [];
  return [kind === 'sample' ? { ...base, kind, sampleModel: activity.detail.split(' · ')[0] } : { ...base, kind }];
}

type Handover = Extract<ClaimAction, { kind: 'transfer' | 'surplusTransfer' }>;

/**
 * The text the store logs with a manager's handover: the reason, and the 分成比例 the former owner keeps —
 * the store's transfer line is the one log line of a handover, so the split travels in it (creditSharesIn);
 * a surplus handover (seed 001) starts with its mark so every view can tell it from a plain transfer.
 */
export function handoverReason(action: Handover, formerOwner: string): string {
  const split = action.formerOwnerShare === undefined ? null : creditSplit(action.to, formerOwner, action.formerOwnerShare);
  return [
    action.kind === 'surplusTransfer' ? SURPLUS_HANDOVER_MARK : '',
    action.reason.trim(),
    split ? formatMessage(creditSharesMessage(split), 'zh-CN') : '',
  ].filter(Boolean).join(' · ');
}
