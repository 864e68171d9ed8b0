import type { CalendarDate } from '../../core/dates/calendarDate';
import type { ContactStatus } from '../../core/register/customerRecord';
import type { Message } from '../../i18n/message';
import type { Actor } from '../../store/claimStore';
import type { DuplicateGroup } from '../../store/sync/migrateRegister';
import type { TeamConnection } from './teamSettings';
import type { ManagerPasscode } from '../../app/identity/managerPasscode';
import type { RosterEntry } from '../../store/claimStore';

/**
 * 设置 → 数据存储 as the pane sees it. A host that cannot sign in to Microsoft 365 (the browser sandbox)
 * says why instead of offering buttons that would fail.
 */
export type TeamMode = { available: false; reason: Message } | TeamModeControls;

/** What the pane can ask of team mode. Each answer carries the message to show. */
export interface TeamModeControls {
  available: true;
  /** Local mode's manager passcode (manager powers wait for it). */
  passcode(): ManagerPasscode;
  /** Team mode: who is signed in, and as which rep (null entry: not on the roster); null in local mode or offline. */
  signedIn(): Promise<{ account: string; entry: RosterEntry | null } | null>;
  /** The workbook's saved site and app registration (the registration stays after a disconnect). */
  connection(): Promise<TeamConnection>;
  /** Signs in, connects (the admin's first time: creates the lists), remembers it in the workbook, reopens the pane. */
  connect(request: ConnectRequest): Promise<TeamAnswer>;
  /**
   * 我的 OneDrive（Microsoft Lists）: signs the manager in, creates the lists in their OneDrive, shares them
   * with the roster's accounts, remembers it in the workbook (so reps connect with nothing to type), reopens.
   */
  connectOneDrive(request: SignInRequest): Promise<TeamAnswer>;
  /** Uploads this workbook's local register to the connected lists; duplicates are shown for review first. */
  migrate(request: MigrateRequest): Promise<MigrationAnswer>;
  /** Back to the workbook's local store. */
  disconnect(): Promise<TeamAnswer>;
  /** Sends what waits and reads colleagues' changes now. */
  syncNow(): Promise<TeamAnswer>;
  /** The outbox and the edits SharePoint refused; null while the workbook is local. */
  outbox(): Promise<OutboxView | null>;
  dismiss(editId: string): Promise<void>;
}

/** The company's app registration to sign in with. */
export interface SignInRequest {
  clientId: string;
  tenantId: string;
}

export interface ConnectRequest extends SignInRequest {
  siteUrl: string;
  /** Create the lists and columns (needs Sites.Manage.All, once per site). */
  provision: boolean;
}

export interface MigrateRequest {
  actor: Actor;
  today: CalendarDate;
  duplicatesReviewed: boolean;
}

export interface TeamAnswer {
  ok: boolean;
  message: Message;
}

export interface MigrationAnswer extends TeamAnswer {
  /** Possible duplicates to look at before uploading (then migrate again with duplicatesReviewed). */
  review: DuplicateGroup[];
}

/** The sync state shown under the store settings. */
export interface OutboxView {
  pending: number;
  /** Why the waiting edits have not gone out (offline, signed out, throttled), when they wait. */
  blockedBy: Message | null;
  rejected: RejectedView[];
}

export interface RejectedView {
  editId: string;
  /** What the edit was: "登记「格林电子」". */
  edit: Message;
  reason: Message;
  /** The row as SharePoint has it now (the winner, the newer version), when there is one. */
  current: { rep: string; status: ContactStatus } | null;
}
