import { STATUS_LABELS, type CustomerRecord } from '../core/register/customerRecord';
import { formatMessage, message, type Message } from '../i18n/message';
import type { ActionLog, Activity, ActivityKind, Actor, EditContext, RosterEntry, StoredCustomer, TransferRequest } from './claimStore';

/**
 * Who may do what, enforced the same way by every store before it writes. These are role checks (roster),
 * not claim policy: whether a customer is still protected is the core rules' decision, made earlier.
 */

export function isManager(roster: readonly RosterEntry[], name: string): boolean {
  return roster.some((entry) => entry.name === name && entry.isManager);
}

type ManagerAction = 'transfer' | 'remove' | 'roster' | 'settings';

const MANAGER_ONLY: Record<ManagerAction, Message> = {
  transfer: message('store.transfer.managerOnly'),
  remove: message('store.remove.managerOnly'),
  roster: message('store.roster.managerOnly'),
  settings: message('store.settings.managerOnly'),
};

/** Null when allowed. Roster edits are open while nobody is a manager yet, so a team can be set up. */
export function managerRefusal(action: ManagerAction, actor: Actor, roster: readonly RosterEntry[]): Message | null {
  if (isManager(roster, actor.name)) return null;
  if (action === 'roster' && !roster.some((entry) => entry.isManager)) return null;
  return MANAGER_ONLY[action];
}

export function claimRefusal(record: CustomerRecord, actor: Actor, roster: readonly RosterEntry[]): Message | null {
  if (record.rep === actor.name || isManager(roster, actor.name)) return null;
  return message('store.claim.forOther', { rep: record.rep });
}

export function updateRefusal(
  current: CustomerRecord, next: CustomerRecord, actor: Actor, roster: readonly RosterEntry[],
): Message | null {
  if (next.rep !== current.rep) {
    // Taking a customer over for yourself is a claim the rules allowed; handing it to a third person is a transfer.
    return next.rep === actor.name ? null : message('store.update.giveAway');
  }
  if (current.rep === actor.name || isManager(roster, actor.name)) return null;
  return message('store.update.notOwner', { name: current.name, owner: current.rep });
}

/** "「格林电子」已被 张三 登记（销售一部，拜访）" — what a losing claimant is told. */
export function takenReason(winner: StoredCustomer): Message {
  const { record } = winner;
  return message('store.claim.taken', {
    name: record.name, owner: record.rep, department: record.department || '—', status: STATUS_LABELS[record.status],
  });
}

export function conflictReason(record: CustomerRecord): Message {
  return message('store.update.conflict', { name: record.name });
}

export function missingReason(name: string): Message {
  return message('store.update.missing', { name });
}

/** The log line an edit writes about itself; it reuses the edit's id so a replayed edit adds nothing. */
export function editActivity(
  kind: ActivityKind, record: CustomerRecord, actor: Actor, context: EditContext,
  extra: { previousRep?: string; detail?: string } = {},
): Activity {
  return {
    id: context.editId, kind, dedupeKey: record.dedupeKey, customerName: record.name, actor: actor.name,
    rep: record.rep, previousRep: extra.previousRep ?? '', date: context.today, detail: extra.detail ?? '',
  };
}

/** A lost claim is logged as a 撞单 (collision) naming the rep who holds the customer. */
export function collisionActivity(
  attempted: CustomerRecord, winner: StoredCustomer, actor: Actor, context: EditContext, reason: Message,
): Activity {
  return editActivity('collision', { ...attempted, rep: winner.record.rep }, actor, context, {
    // Stored as zh-CN text so the log reads the same in SharePoint's own list view.
    detail: formatMessage(reason, 'zh-CN'),
  });
}

export function transferredRecord(current: CustomerRecord, toRep: string, roster: readonly RosterEntry[]): CustomerRecord {
  const department = roster.find((entry) => entry.name === toRep)?.department ?? current.department;
  return { ...current, rep: toRep, department };
}

/** The row a transfer or force-claim leaves: the request's row (or the current one) with the new owner. */
export function overriddenRecord(current: CustomerRecord, request: TransferRequest, roster: readonly RosterEntry[]): CustomerRecord {
  return transferredRecord({ ...(request.record ?? current), dedupeKey: current.dedupeKey }, request.toRep, roster);
}

/** A transfer's one 转移 line, or a force-claim's one 强制登记 line (a 'claim' that carries the manager's reason). */
export function overrideActivity(
  request: TransferRequest, next: CustomerRecord, previousRep: string, actor: Actor, context: EditContext,
): Activity {
  const forced = request.kind === 'forceClaim';
  return editActivity(forced ? 'claim' : 'transfer', next, actor, context, {
    previousRep: forced && previousRep === next.rep ? '' : previousRep, detail: request.reason.trim(),
  });
}

/**
 * Null when `log` may travel with an edit of `record`: every line is about that customer, and none is of the
 * manager's kinds — a 转移 or a remove is only ever the store's own line, a 强制登记 ('claim') only a manager's.
 */
export function carriedLogRefusal(log: ActionLog, record: CustomerRecord, actor: Actor, roster: readonly RosterEntry[]): Message | null {
  for (const line of log) {
    if (line.dedupeKey !== record.dedupeKey) return message('store.log.otherCustomer', { name: line.customerName });
    const override = line.kind === 'transfer' || line.kind === 'remove' || (line.kind === 'claim' && !isManager(roster, actor.name));
    if (override) return message('store.log.override');
  }
  return null;
}

/** A roster change may not leave a team that had a manager without one (nobody could change the rules). */
export function rosterChangeRefusal(before: readonly RosterEntry[], after: readonly RosterEntry[]): Message | null {
  const hadManager = before.some((entry) => entry.isManager);
  return hadManager && !after.some((entry) => entry.isManager) ? message('store.roster.lastManager') : null;
}
