import type { Activity } from '../store/claimStore';

/**
 * Data written before a force-claim was one store write holds it as a pair: the transfer the store needed
 * (id `<edit>:handover`) and the 强制登记 line of that same edit (`<edit>:<n>`). Only such a complete pair is
 * read as the one 强制登记 it was; today a force-claim logs that one line alone.
 */
const OLD_FORCE_CLAIM_HANDOVER = /^(.*):handover$/;

function oldForceClaimHandovers(activities: readonly Activity[]): Set<string> {
  const forcedEdits = new Set(activities.filter(isForceClaim).map((a) => a.id.replace(/:[^:]*$/, '')));
  return new Set(activities.flatMap((a) => {
    const edit = a.kind === 'transfer' ? OLD_FORCE_CLAIM_HANDOVER.exec(a.id)?.[1] : undefined;
    return edit !== undefined && forcedEdits.has(edit) ? [a.id] : [];
  }));
}

/** A 强制登记: the 'claim' line that carries the manager's reason. */
function isForceClaim(activity: Activity): boolean {
  return activity.kind === 'claim' && activity.detail !== '';
}

/**
 * 撞单记录: blocked registrations, transfers (a surplus handover among them), forced registrations and the
 * 主负责人 a manager named, newest first — one line per action,
 * titled with the customer's name as the register holds it now (`nameOf`), else as the line recorded it.
 */
export function collisionLog(activities: readonly Activity[], nameOf: (key: string) => string | undefined = () => undefined): Activity[] {
  const hidden = oldForceClaimHandovers(activities);
  const entries = activities.filter((a) => a.kind === 'collision' || (a.kind === 'transfer' && !hidden.has(a.id)) || isForceClaim(a)
    || a.kind === 'primary');
  // The log is in the order things happened; among one day's entries the later one was logged later.
  return entries.map((a, i) => ({ a, i })).sort((x, y) => y.a.date.localeCompare(x.a.date) || y.i - x.i)
    .map(({ a }) => ({ ...a, customerName: nameOf(a.dedupeKey) ?? a.customerName }));
}
