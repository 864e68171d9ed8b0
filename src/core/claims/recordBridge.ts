import type { CalendarDate } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';
import type { ActivityEntry } from './activity';
import type { ClaimPolicy } from './claimPolicy';
import { claimOn, newClaimState, type ClaimState, type LineClaim } from './claimState';
import { effectiveLine, isDormantLine } from './productLineList';
import { protectedUntil } from './protection';

function earliest(...dates: (CalendarDate | null)[]): CalendarDate | null {
  return dates.reduce<CalendarDate | null>((min, date) => (date && (!min || date < min) ? date : min), null);
}

/**
 * The day a manager handed this line to `owner`, if that handover still stands: the log is read in order and
 * anything that changed hands or lapsed since (a release, an expiry, a force-claim, a takeover) cancels it.
 */
function handoverTo(owner: string, productLine: string, history: readonly ActivityEntry[]): CalendarDate | null {
  let handover: ActivityEntry | null = null;
  for (const e of history) {
    // The store's log carries no line (''): it is read per claim key, so its lines are this claim's.
    if (e.productLine !== '' && e.productLine !== productLine) continue;
    if (e.kind === 'transfer' || e.kind === 'surplusTransfer') handover = e;
    else if (e.kind === 'release' || e.kind === 'expired' || e.kind === 'forceClaim') handover = null;
    else if (e.from !== undefined && e.kind !== 'collision') handover = null; // a takeover by contact
  }
  return handover && handover.rep === owner ? handover.date : null;
}

/**
 * The claim a register row describes (业务员, 状态, dates), or null for a row nobody holds (no 业务员, or no
 * date to start from, or a line's row while product lines are off). The row cannot show a manager's
 * handover; the log, when given, supplies it.
 */
export function claimFromRecord(
  record: CustomerRecord,
  policy: ClaimPolicy,
  history: readonly ActivityEntry[] = [],
): LineClaim | null {
  const owner = record.rep.trim();
  if (isDormantLine(record.productLine, policy)) return null;
  const handedOverOn = handoverTo(owner, lineOfRecord(record, policy), history);
  const ownedSince = handedOverOn ?? record.firstContactDate ?? earliest(record.visitDate, record.sampleDate, record.dealDate);
  if (!owner || !ownedSince) return null;
  return {
    productLine: lineOfRecord(record, policy), owner, ownedSince, status: record.status, visitDate: record.visitDate,
    sampleDate: record.sampleDate, sampleModel: record.sampleModel.trim(), dealDate: record.dealDate, handedOverOn,
    nextFollowUpDate: record.nextFollowUpDate, followUpNotes: record.followUpNotes, creditShares: [],
  };
}

function lineOfRecord(record: CustomerRecord, policy: ClaimPolicy): string {
  return effectiveLine(record.productLine, policy);
}

/**
 * 保护到期 for a register row — the column the register computes, never typed. From the row's latest
 * 拜访日期/送样日期 (and a handover found in the log, when given). Null: nothing to show — not protected, or a
 * deal (protected without expiry; the register shows that from 状态 合作).
 */
export function protectedUntilOf(
  record: CustomerRecord,
  policy: ClaimPolicy,
  history: readonly ActivityEntry[] = [],
): CalendarDate | null {
  const claim = claimFromRecord(record, policy, history);
  return claim ? protectedUntil(claim, policy) : null;
}

/**
 * A customer's claim state from its register row and logged history (in local mode the row is the truth).
 * 上级客户 is a name in the sheet; the caller resolves it to its 查重键 (names/dedupeKey) as `parentKey`.
 */
export function claimStateFromRecord(
  record: CustomerRecord,
  policy: ClaimPolicy,
  options: { history?: ActivityEntry[]; parentKey?: string | null } = {},
): ClaimState {
  const history = options.history ?? [];
  const state = newClaimState(record.dedupeKey, record.name, { grade: record.grade, parentKey: options.parentKey ?? null });
  const claim = claimFromRecord(record, policy, history);
  return { ...state, claims: claim ? [claim] : [], history };
}

/** The register row after a decision: the claim on the row's product line written back, 保护到期 recomputed. */
export function recordWithClaim(record: CustomerRecord, state: ClaimState, policy: ClaimPolicy): CustomerRecord {
  const claim = claimOn(state, lineOfRecord(record, policy));
  if (!claim) return record;
  const sameOwner = claim.owner === record.rep.trim();
  return {
    ...record, rep: claim.owner, status: claim.status,
    firstContactDate: sameOwner && record.firstContactDate ? record.firstContactDate : claim.ownedSince,
    visitDate: claim.visitDate, sampleDate: claim.sampleDate, sampleModel: claim.sampleModel, dealDate: claim.dealDate,
    nextFollowUpDate: claim.nextFollowUpDate, followUpNotes: claim.followUpNotes,
    protectedUntil: protectedUntil(claim, policy),
  };
}
