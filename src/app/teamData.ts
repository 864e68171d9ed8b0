import type {
  Activity, ChangesOptions, ClaimStoreReader, RosterEntry, StoredCustomer, StoredSettings,
} from '../store/claimStore';
import { followKeyMoves } from '../store/keyMoves';
import { timeSlices } from './timeSlices';

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

/** The open's log lines, waiting for the contact lines the store left for later (ChangesOptions.contactsLater). */
interface LaterLog {
  pages: AsyncIterable<Activity[]>;
  /** How many lines the open read: the ones after them came in later refreshes. */
  opened: number;
}

/**
 * The team's store content held in memory for the pane (every keystroke reads it): customers by 查重键,
 * the activity log, roster and settings. It follows the store through `changes(cursor)`.
 */
export class TeamData {
  readonly customers = new Map<string, StoredCustomer>();
  private log: Activity[] = [];
  private activitiesByKey = new Map<string, Activity[]>();
  private readonly keysById = new Map<string, string>();
  private readonly rosterById = new Map<string, RosterEntry>();
  private activityIds = new Set<string>();
  settings: StoredSettings | null = null;
  private cursor: string | null = null;
  private laterLog: LaterLog | null = null;
  private historyRead: Promise<void> | null = null;

  /** The activity log in the order it was written (without contact lines until `historyComplete`). */
  get activities(): readonly Activity[] {
    return this.log;
  }

  /** False while the contact lines an open left for later are not read yet (completeHistory). */
  get historyComplete(): boolean {
    return this.laterLog === null;
  }

  get roster(): RosterEntry[] {
    return [...this.rosterById.values()];
  }

  activitiesOf(key: string): readonly Activity[] {
    return this.activitiesByKey.get(key) ?? [];
  }

  /** `options` apply to the first refresh, which reads the whole state. */
  async refresh(store: ClaimStoreReader, options?: ChangesOptions): Promise<TeamChanges> {
    const changes = await store.changes(this.cursor, this.cursor === null ? options : undefined);
    if (changes.reset) {
      this.customers.clear();
      this.keysById.clear();
      this.rosterById.clear();
      this.log = [];
      this.activitiesByKey.clear();
      this.activityIds = new Set();
      this.laterLog = null;
      this.historyRead = null;
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
      this.log.push(activity);
    }
    const rekeyed = fresh.filter((a) => a.kind === 'rekey' && a.detail).map((a) => ({ from: a.detail, to: a.dedupeKey }));
    if (rekeyed.length > 0) this.followMoves();
    else this.file(fresh);
    if (changes.wholeLog) this.laterLog = { pages: changes.wholeLog, opened: this.log.length };
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

  /**
   * Reads the contact lines the open left for later and puts the log back together in the order it was
   * written: the whole log as the open saw it, then the lines that came in since. Every caller shares the one
   * read; it resolves at once when nothing waits. A failed read is tried again on the next call.
   */
  completeHistory(stop?: AbortSignal): Promise<void> {
    const later = this.laterLog;
    if (!later) return Promise.resolve();
    this.historyRead ??= this.readWholeLog(later, stop).catch((error: unknown) => {
      this.historyRead = null;
      throw error;
    });
    return this.historyRead;
  }

  private async readWholeLog(later: LaterLog, stop?: AbortSignal): Promise<void> {
    // Filed page by page into new lists, so no step takes long; the pane reads the old ones until the swap.
    const log: Activity[] = [];
    const ids = new Set<string>();
    const byKey = new Map<string, Activity[]>();
    const take = (activity: Activity) => {
      if (ids.has(activity.id)) return;
      ids.add(activity.id);
      log.push(activity);
      fileInto(byKey, activity);
    };
    // Between pages the keystrokes get their turn (a page is a few milliseconds; some stores answer at once).
    // A click waits for the whole log, so the reading goes on while the rep types the name to click on.
    const slices = timeSlices(stop, { holdWhileTyping: false });
    for await (const page of later.pages) {
      if (slices.stopped() || this.laterLog !== later) return;
      page.forEach(take);
      if (slices.due()) await slices.yieldTurn();
    }
    if (this.laterLog !== later) return;
    this.log.slice(later.opened).forEach(take);
    this.log = log;
    this.activityIds = ids;
    this.activitiesByKey = byKey;
    this.laterLog = null;
    if (log.some((a) => a.kind === 'rekey')) this.followMoves();
  }

  /** The history follows a moved customer: earlier lines are read under the key it holds now. */
  private followMoves(): void {
    this.log = followKeyMoves(this.log);
    this.activitiesByKey.clear();
    this.file(this.log);
  }

  private file(activities: readonly Activity[]): void {
    for (const activity of activities) fileInto(this.activitiesByKey, activity);
  }
}

function fileInto(byKey: Map<string, Activity[]>, activity: Activity): void {
  const ofKey = byKey.get(activity.dedupeKey);
  if (ofKey) ofKey.push(activity);
  else byKey.set(activity.dedupeKey, [activity]);
}
