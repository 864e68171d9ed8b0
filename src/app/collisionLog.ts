import type { Activity } from '../store/claimStore';

/** The store's half of a force-claim (the transfer it needs to give the customer away): shown as the 强制登记. */
const FORCE_CLAIM_HANDOVER = /:handover$/;

/**
 * 撞单记录: blocked registrations, transfers (a surplus handover among them), forced registrations and the
 * 主负责人 a manager named, newest first — one line per action,
 * titled with the customer's name as the register holds it now (`nameOf`), else as the line recorded it.
 */
export function collisionLog(activities: readonly Activity[], nameOf: (key: string) => string | undefined = () => undefined): Activity[] {
  const entries = activities.filter((a) => a.kind === 'collision' || (a.kind === 'transfer' && !FORCE_CLAIM_HANDOVER.test(a.id))
    || (a.kind === 'claim' && a.detail !== '') || a.kind === 'primary');
  // The log is in the order things happened; among one day's entries the later one was logged later.
  return entries.map((a, i) => ({ a, i })).sort((x, y) => y.a.date.localeCompare(x.a.date) || y.i - x.i)
    .map(({ a }) => ({ ...a, customerName: nameOf(a.dedupeKey) ?? a.customerName }));
}
