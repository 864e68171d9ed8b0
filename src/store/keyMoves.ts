import type { CustomerRecord } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { Activity, Actor, EditContext, RosterEntry, StoredCustomer, UpdateOutcome } from './claimStore';
import { editActivity, isManager } from './editRules';

/**
 * A store whose customers can move to another unique key (the key migration, SPEC §5: two legal entities, two
 * keys). The row keeps everything but its key; the move is one 'rekey' log line (its `detail` the old key), so
 * an append-only log keeps its lines and readers follow the move (followKeyMoves).
 */
export interface CustomerRekeying {
  /** 'missing' when nothing is stored under `from`; 'conflict' when another customer holds `to`. */
  rekeyCustomer(move: { from: string; to: string }, actor: Actor, context: EditContext): Promise<UpdateOutcome>;
}

export function canRekey(store: object): store is CustomerRekeying {
  return typeof (store as Partial<CustomerRekeying>).rekeyCustomer === 'function';
}

/** The owner or a manager may move a row's key (as they may edit it); anybody while the team has no manager. */
export function rekeyRefusal(current: CustomerRecord, actor: Actor, roster: readonly RosterEntry[]): Message | null {
  if (current.rep === actor.name || isManager(roster, actor.name) || !roster.some((entry) => entry.isManager)) return null;
  return message('store.rekey.notAllowed', { name: current.name, owner: current.rep });
}

export function rekeyTakenReason(holder: StoredCustomer, moving: CustomerRecord): Message {
  return message('store.rekey.taken', { key: holder.record.dedupeKey, name: holder.record.name, moving: moving.name });
}

/** The log line of a move; it reuses the edit's id, so a replayed move adds nothing. */
export function rekeyActivity(moved: CustomerRecord, from: string, actor: Actor, context: EditContext): Activity {
  return editActivity('rekey', moved, actor, context, { detail: from });
}

/**
 * The log as if every line had been written under the key its customer holds now: a line before a 'rekey'
 * line of its key reads the new key (moves chain: a key moved twice lands on the last). Lines after a move
 * keep theirs — a later customer may be registered under a freed key. The rekey lines stay as they are.
 */
export function followKeyMoves(activities: readonly Activity[]): Activity[] {
  const later = new Map<string, string>();
  const followed: Activity[] = new Array(activities.length);
  for (let i = activities.length - 1; i >= 0; i -= 1) {
    const activity = activities[i];
    if (activity.kind === 'rekey') {
      const from = activity.detail;
      if (from && from !== activity.dedupeKey) later.set(from, later.get(activity.dedupeKey) ?? activity.dedupeKey);
      followed[i] = activity;
      continue;
    }
    const key = later.get(activity.dedupeKey);
    followed[i] = key === undefined ? activity : { ...activity, dedupeKey: key };
  }
  return followed;
}
