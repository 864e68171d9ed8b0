import {
  creditSharesIn, effectiveLine, findMember, isSurplusHandover, LINE_KEY_SEPARATOR, rotationReview, type CreditShare, type RotationFlag,
} from '../core/claims';
import type { CalendarDate } from '../core/dates/calendarDate';
import type { CreditShareLine } from '../core/summary';
import type { Activity } from '../store/claimStore';
import type { RuleSections } from './monthlySummary';
import type { RegisterWorkspace } from './registerWorkspace';

/**
 * What the rules a growing team switches on (rotation, credit shares) show in the pane and the summary,
 * read from the one register: its claims and its append-only history.
 */

/** Customers held longer than the rotation window on `day`, longest first; empty while the rule is dormant. */
export function rotationFlags(workspace: RegisterWorkspace, day: CalendarDate = workspace.today): RotationFlag[] {
  return rotationReview(workspace.claimStates(), workspace.policy, day);
}

/** The product line of a stored claim key ('' when the key is the customer's own 查重键 and the rule is off). */
function lineOfKey(key: string, workspace: RegisterWorkspace): string {
  const at = key.indexOf(LINE_KEY_SEPARATOR);
  return at >= 0 ? key.slice(at + 1) : effectiveLine('', workspace.policy);
}

/**
 * Every handover in the history with the split it set (empty when none was recorded), and every 主负责人 a
 * manager named with its split, oldest first. The store and the rules may each log a handover; the one
 * carrying the split speaks for that day. A 主负责人 line counts only when a manager wrote it (the log is
 * add-only for everyone; who wrote a line is what the store recorded).
 */
export function creditShareLines(workspace: RegisterWorkspace): CreditShareLine[] {
  const byHandover = new Map<string, CreditShareLine>();
  for (const activity of workspace.activities()) {
    if (activity.kind === 'primary' && findMember(workspace.members, activity.actor)?.isManager) {
      byHandover.set(activity.id, { ...shareLine(activity, workspace), kind: 'primary', productLine: '', formerOwner: '' });
    }
    if (activity.kind !== 'transfer') continue;
    const id = `${activity.dedupeKey}\u0000${activity.date}\u0000${activity.rep}`;
    const line = shareLine(activity, workspace);
    const seen = byHandover.get(id);
    if (!seen || line.shares.length > 0) byHandover.set(id, line);
  }
  return [...byHandover.values()];
}

function shareLine(activity: Activity, workspace: RegisterWorkspace): CreditShareLine {
  return {
    kind: isSurplusHandover(activity.detail) ? 'surplus' : 'transfer', customerName: activity.customerName, productLine: lineOfKey(activity.dedupeKey, workspace), owner: activity.rep,
    formerOwner: activity.previousRep, date: activity.date, shares: creditSharesIn(activity.detail),
  };
}

/** The split in effect for one stored claim today (the latest handover's), or none. */
export function creditSharesOf(workspace: RegisterWorkspace, key: string): CreditShare[] {
  const lines = creditShareLines(workspace).filter((l) => l.kind !== 'primary' && l.customerName === workspace.customer(key)?.record.name
    && l.productLine === lineOfKey(key, workspace));
  return lines.length > 0 ? lines[lines.length - 1].shares : [];
}

/** The rule sections of the monthly summary as the register stands. */
export function summaryRuleSections(workspace: RegisterWorkspace): RuleSections {
  const { policy } = workspace;
  return {
    creditShares: creditShareLines(workspace),
    rotation: policy.rotation.enabled
      ? (day) => ({ months: policy.rotation.rotateMonths, flags: rotationFlags(workspace, day) })
      : undefined,
  };
}

