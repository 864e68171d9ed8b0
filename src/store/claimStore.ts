import type { CalendarDate } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { Message } from '../i18n/message';

/**
 * The ClaimStore port: where the team's register lives (the local IndexedDB store, or a SharePoint list).
 * Customers are keyed by the 查重键 (`record.dedupeKey`, computed by the caller with `dedupeKey(name)`); the
 * store never normalizes names. Claim *policy* (protection windows, quotas) is decided by the core rules
 * before an edit reaches the store; the store arbitrates races on the key and records what happened.
 */
export interface ClaimStore extends ClaimStoreReader {
  readonly kind: 'local' | 'sharepoint';

  /**
   * Registers a new customer, atomically per 查重键: the first claim wins, every later one is told who won.
   * Claiming a key you already own succeeds without changing it (so a replayed claim is harmless).
   * Only a manager may register a customer for another rep (`record.rep !== actor.name`).
   * `log` is the action's own log lines (the visit it registers …), written with the row in the same write;
   * a lost claim writes none of them, only its 撞单.
   */
  claim(record: CustomerRecord, actor: Actor, context: EditContext, log?: ActionLog): Promise<ClaimOutcome>;

  /**
   * Saves a changed row if nobody changed it since `expectedVersion` was read. The owner or a manager may
   * edit a row; a rep may also take a customer over for themselves (`record.rep === actor.name`) when the
   * claim rules allowed it. Giving a customer to somebody else is `transferCustomer`. On a SharePoint site
   * with the register's permissions, only the row's author (its owner) or a manager may edit it: a rep's
   * take-over of a colleague's row is refused there as 'forbidden' and is a manager's action.
   */
  updateCustomer(
    record: CustomerRecord, expectedVersion: string, actor: Actor, context: EditContext, log?: ActionLog,
  ): Promise<UpdateOutcome>;

  /**
   * Manager only: moves a customer to another rep with a mandatory reason, logged as one 'transfer' line —
   * or, for a force-claim, as one 强制登记 line ('claim' with the reason) — plus the action's `log`.
   */
  transferCustomer(request: TransferRequest, actor: Actor, context: EditContext, log?: ActionLog): Promise<UpdateOutcome>;

  /** Manager only: deletes a row (say, a duplicate found by the audit); its activities stay in the log. */
  removeCustomer(dedupeKey: string, expectedVersion: string, actor: Actor, context: EditContext): Promise<EditOutcome>;

  /**
   * Appends to the log, for actions that change no row (a blocked attempt's 撞单, a colleague's call on a
   * protected customer); an activity whose id is already there is not added twice. An action that writes a
   * row carries its lines in that write (`log`) instead.
   */
  appendActivity(activity: Activity): Promise<EditOutcome>;

  /** Manager only — except while the roster has no manager yet, so an admin can set the team up. */
  putRosterEntry(entry: RosterEntry, actor: Actor, context: EditContext): Promise<EditOutcome>;
  removeRosterEntry(name: string, actor: Actor, context: EditContext): Promise<EditOutcome>;

  /** Manager only; `expectedVersion` null means "there were no settings yet". */
  saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, actor: Actor, context: EditContext): Promise<EditOutcome>;
}

/** The reading half of the port: what a view needs (in team mode it reads the local mirror of the list). */
export interface ClaimStoreReader {
  getCustomer(dedupeKey: string): Promise<StoredCustomer | null>;
  listCustomers(): Promise<StoredCustomer[]>;
  listActivities(dedupeKey?: string): Promise<Activity[]>;
  getRoster(): Promise<RosterEntry[]>;
  getSettings(): Promise<StoredSettings | null>;

  /** Everything that changed after `cursor` (null: everything). Pass the returned cursor next time. */
  changes(cursor: string | null, options?: ChangesOptions): Promise<StoreChanges>;

  /** Calls `listener` after the store changed (then read `changes`); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Who is acting: the signed-in rep, by the name the roster knows them by. */
export interface Actor {
  name: string;
}

/**
 * What every edit carries. `editId` is its idempotency key: the outbox replays an edit with the same id, and
 * the store recognises an edit it has already applied. `today` is the team's calendar date (the store reads
 * no clock for business dates).
 */
export interface EditContext {
  editId: string;
  today: CalendarDate;
}

/** A register row as stored, with the version token that guards concurrent edits (an ETag on SharePoint). */
export interface StoredCustomer {
  /** The store's own id for the row (the 查重键 locally, the list item id on SharePoint). */
  id: string;
  record: CustomerRecord;
  version: string;
  /** The edit that wrote this version: lets a replayed edit see that it already landed. */
  lastEditId: string;
}

export type ActivityKind =
  /** 'primary': a manager named the 主负责人 of a customer's product lines, with the credit split (seed 004). */
  | 'claim' | 'phone' | 'visit' | 'sample' | 'deal' | 'release' | 'followUp' | 'transfer' | 'remove' | 'collision' | 'primary'
  /** The customer moved to its stored key (the key migration): `detail` is the key it had; see keyMoves. */
  | 'rekey';

/**
 * Which lines are contacts: most of a register's log, and none of them moves a claim's protection. A record
 * of every kind, so a new kind has to be sorted into one side (ChangesOptions.contactsLater reads by it).
 */
const IS_CONTACT: Record<ActivityKind, boolean> = {
  phone: true, visit: true, sample: true, deal: true,
  claim: false, release: false, followUp: false, transfer: false, remove: false, collision: false, primary: false, rekey: false,
};
const kindsWhere = (contact: boolean) => (Object.keys(IS_CONTACT) as ActivityKind[]).filter((kind) => IS_CONTACT[kind] === contact);
export const CONTACT_KINDS: readonly ActivityKind[] = kindsWhere(true);
/** Every other kind: handovers, releases, 主负责人, key moves, 撞单 … */
export const CLAIM_LINE_KINDS: readonly ActivityKind[] = kindsWhere(false);

/**
 * The log lines an action writes together with its row change, in one store call: one IndexedDB transaction
 * locally, one Graph $batch on SharePoint (each line depends on the row, so a refused row writes no line).
 * Every line is about the edited customer and has an id derived from the edit's id, so a replay adds none
 * twice. Lines of the manager's kinds (转移, 强制登记, remove) are the store's own and cannot be carried.
 */
export type ActionLog = readonly Activity[];

/** One line of the append-only log of what happened to a customer. */
export interface Activity {
  /** Unique in the log; an edit's own activity reuses the edit's id, so replays add nothing. */
  id: string;
  kind: ActivityKind;
  dedupeKey: string;
  customerName: string;
  /**
   * Who did it. On SharePoint this is who the server recorded as the item's creator (from the token), by
   * roster name — never what the client wrote; locally it is the name the pane was used under.
   */
  actor: string;
  /** Set when the client wrote a different actor than the server recorded: a forged or mistaken line. */
  claimedActor?: string;
  /** The customer's owner after the event; for a collision, the rep who holds the claim. */
  rep: string;
  /** The owner before a claim/transfer took the customer over; otherwise ''. */
  previousRep: string;
  /** The business day it happened (team time zone). */
  date: CalendarDate;
  /** Free text: sample model, transfer reason, the reason a claim lost; for 'followUp' the plans (planChangeDetail). */
  detail: string;
}

export interface RosterEntry {
  name: string;
  department: string;
  isManager: boolean;
  hireDate: CalendarDate | null;
  /** The rep's work account (UPN or e-mail, lower case): in team mode the signed-in account names the rep. */
  account?: string;
}

/** The claim policy as a JSON object; its shape belongs to the core claim rules, not to the store. */
export type ClaimSettingsBlob = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface StoredSettings {
  settings: ClaimSettingsBlob;
  version: string;
  lastEditId: string;
}

export interface TransferRequest {
  dedupeKey: string;
  toRep: string;
  reason: string;
  expectedVersion: string;
  /** 'forceClaim': a manager registers a contact for `toRep` past the rules; logged as one 强制登记 line. */
  kind?: 'transfer' | 'forceClaim';
  /** The row as the action leaves it (a force-claim's new contact dates); default: the current row. */
  record?: CustomerRecord;
}

/**
 * Team mode only: the edit could not reach SharePoint (offline, throttled, signed out) and waits in this
 * computer's outbox. It is neither won nor lost yet; the outcome shows up later in the sync status.
 */
export interface QueuedOutcome {
  ok: false;
  problem: 'queued';
  reason: Message;
}

export type ClaimOutcome =
  | { ok: true; customer: StoredCustomer }
  /** Somebody else registered the 查重键 first: `reason` reads "已被 张三 登记…". */
  | { ok: false; problem: 'taken'; winner: StoredCustomer; reason: Message }
  /** Refused for good: the rep may not register it, or the server will not take the row as it is. */
  | { ok: false; problem: 'forbidden' | 'invalid'; reason: Message }
  | QueuedOutcome;

export type UpdateOutcome =
  | { ok: true; customer: StoredCustomer }
  /** The row changed since it was read; nothing was overwritten. Show `current` to the user. */
  | { ok: false; problem: 'conflict'; current: StoredCustomer; reason: Message }
  | { ok: false; problem: 'missing' | 'forbidden' | 'invalid'; reason: Message }
  | QueuedOutcome;

export type EditOutcome =
  | { ok: true }
  | { ok: false; problem: 'conflict' | 'missing' | 'forbidden' | 'invalid'; reason: Message }
  | QueuedOutcome;

export interface StoredRosterEntry {
  id: string;
  entry: RosterEntry;
}

/** How `changes` reads. */
export interface ChangesOptions {
  /**
   * On a whole state (cursor null), leave the contact lines (CONTACT_KINDS) for later: `activities` then holds
   * only the other lines (CLAIM_LINE_KINDS) and `wholeLog` reads the whole log. A pane
   * opening a large register asks for this, so its name field works before every call and visit is read.
   * A store may ignore it and send the whole log in `activities`.
   */
  contactsLater?: boolean;
}

export interface StoreChanges {
  cursor: string;
  /** True when this is the whole state rather than a difference: drop what you had, then apply. */
  reset: boolean;
  customers: StoredCustomer[];
  removedCustomerIds: string[];
  activities: Activity[];
  roster: StoredRosterEntry[];
  removedRosterIds: string[];
  /** The settings when they changed, else null. */
  settings: StoredSettings | null;
  /**
   * Only when `contactsLater` left contacts out of `activities`: the whole log up to `cursor` in the order it
   * was written, a page at a time (each page a short task, so typing goes on while it is read).
   */
  wholeLog?: AsyncIterable<Activity[]>;
}
