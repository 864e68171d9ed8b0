import type {
  Activity, ClaimStoreReader, RosterEntry, StoredCustomer, StoredSettings,
} from '../store/claimStore';
import { followKeyMoves } from '../store/keyMoves';

/** What one refresh changed, so the register sheet rewrites only those rows. */
export interface TeamChanges {
  /** The store sent its whole state: everything held before was dropped. */
  reset: boolean;
  customers: StoredCustomer[];
  removedKeys: string[];
  rosterChanged: boolean;
  settingsChanged: boolean;
  activitiesAdded: number;
  /** Customers that moved to their stored key (the key migration): their sheet row keeps showing them. */
  rekeyed: { from: string; to: string }[];
}

/**
 * The team's store content held in memory for the pane (every keystroke reads it): customers by 查重键,
 * the activity log, roster and settings. It follows the store through `changes(cursor)`.
 */
export class TeamData {
  readonly customers = new Map<string, StoredCustomer>();
  readonly activities: Activity[] = [];
  private readonly activitiesByKey = new Map<string, Activity[]>();
  private readonly keysById = new Map<string, string>();
  private readonly rosterById = new Map<string, RosterEntry>();
  private activityIds = new Set<string>();
  settings: StoredSettings | null = null;
  private cursor: string | null = null;

  get roster(): RosterEntry[] {
    return [...this.rosterById.values()];
  }

  activitiesOf(key: string): readonly Activity[] {
    return this.activitiesByKey.get(key) ?? [];
  }

  async refresh(store: ClaimStoreReader): Promise<TeamChanges> {
    const changes = await store.changes(this.cursor);
    if (changes.reset) {
      this.customers.clear();
      this.keysById.clear();
      this.rosterById.clear();
      this.activities.length = 0;
      this.activitiesByKey.clear();
      this.activityIds = new Set();
    }
    const removedKeys: string[] = [];
    for (const id of changes.removedCustomerIds) {
      const key = this.keysById.get(id);
      if (key === undefined) continue;
      this.customers.delete(key);
      this.keysById.delete(id);
      removedKeys.push(key);
    }
    for (const customer of changes.customers) {
      // A row moved to another key in place (SharePoint keeps the item): its old key is gone.
      const before = this.keysById.get(customer.id);
      if (before !== undefined && before !== customer.record.dedupeKey && this.customers.get(before)?.id === customer.id) {
        this.customers.delete(before);
      }
      this.customers.set(customer.record.dedupeKey, customer);
      this.keysById.set(customer.id, customer.record.dedupeKey);
    }
    for (const id of changes.removedRosterIds) this.rosterById.delete(id);
    for (const { id, entry } of changes.roster) this.rosterById.set(id, entry);
    const fresh = changes.activities.filter((a) => !this.activityIds.has(a.id));
    for (const activity of fresh) {
      this.activityIds.add(activity.id);
      this.activities.push(activity);
    }
    const rekeyed = fresh.filter((a) => a.kind === 'rekey' && a.detail).map((a) => ({ from: a.detail, to: a.dedupeKey }));
    if (rekeyed.length > 0) {
      // The history follows a moved customer: earlier lines are read under the key it holds now.
      const followed = followKeyMoves(this.activities);
      this.activities.length = 0;
      this.activities.push(...followed);
      this.activitiesByKey.clear();
      this.file(this.activities);
    } else this.file(fresh);
    if (changes.settings) this.settings = changes.settings;
    this.cursor = changes.cursor;
    return {
      reset: changes.reset, customers: changes.customers, removedKeys,
      rosterChanged: changes.reset || changes.roster.length > 0 || changes.removedRosterIds.length > 0,
      settingsChanged: changes.reset || changes.settings !== null,
      activitiesAdded: fresh.length,
      rekeyed,
    };
  }

  private file(activities: readonly Activity[]): void {
    for (const activity of activities) {
      const ofKey = this.activitiesByKey.get(activity.dedupeKey);
      if (ofKey) ofKey.push(activity);
      else this.activitiesByKey.set(activity.dedupeKey, [activity]);
    }
  }
}
