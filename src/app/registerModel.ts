import {
  claimKeyOf, claimPolicy, countCloseClaims, effectiveLine, ruleDate,
  type ClaimAction, type ClaimPolicy, type ClaimPolicyChanges, type ClaimState, type RosterMember,
} from '../core/claims';
import type { CalendarDate, YearMonth } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import { monthRecords } from '../core/summary/contactHistory';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { Activity, Actor, ClaimStore, EditContext, RosterEntry, StoredCustomer } from '../store/claimStore';
import { claimStateOf, rosterMember } from './claimBridge';
import { loggedContacts } from './historyLog';
import type { NameMatcher } from './nameMatcher';
import type { RegisterLayout } from './registerLayout';
import type { RegisterRows } from './registerRows';
import type { RegisterSession } from './registerSession';
import type { ColumnMapping } from './registerLayout';
import type { RegisterSettings } from './registerSettings';
import { RegisterSheet } from './registerSheet';
import { TeamData } from './teamData';
import { TypedRows, type TypedRow } from './typedRows';

const TODAY_CACHE_MS = 60_000;

export interface WorkspaceOptions {
  host: SpreadsheetHost;
  store: ClaimStore;
  matcher: NameMatcher;
  /** The pane's clock: rule dates are this instant's calendar date in the team's time zone. */
  clock: () => Date;
  newId: () => string;
  currentUser: string | null;
}

/** Figures derived from the team's data, computed at most once per change (`changed()` drops them). */
interface Derived {
  policy: ClaimPolicy;
  members: RosterMember[];
  closeCounts: Map<string, number> | null;
  claimStates: ClaimState[] | null;
  month: { month: YearMonth; records: CustomerRecord[] } | null;
}

/**
 * The pane's one model of the register: the team's store content (customers by 查重键, their history, roster
 * and rules), the customers only the sheet holds yet, and the register's rows — the one copy the live check
 * keeps current, which also says which customer each row shows. Everything the pane reads is answered from
 * here synchronously; the edits (registerDecisions, typedRowPush, sheetSync, teamSettingsEdits) change it.
 */
export class RegisterModel {
  readonly team = new TeamData();
  readonly sheet: RegisterSheet;
  readonly typed = new TypedRows();
  /**
   * Customers the register sheet holds that the store does not yet (rows of an adopted sheet that are not the
   * current user's to take in): found by lookup and protected by the rules like any other.
   */
  readonly sheetOnly = new Map<string, CustomerRecord>();
  readonly typedNameListeners = new Set<(name: string) => void>();
  /** The live check, over `rows`; set once the register is open. */
  session: RegisterSession | null = null;
  columnMapping: ColumnMapping | null = null;
  /** While typed rows are pushed, the store's own change notices wait: the push refreshes once at its end. */
  pushing = 0;
  /** The sheet writes, one after another, so rows never collide. */
  writes: Promise<unknown> = Promise.resolve();
  unsubscribeStore: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private user: string | null;
  private cache: Derived | null = null;
  private todayCache: { at: number; date: CalendarDate } | null = null;
  /** Bumped on every change, so views can memoise on it (and a previewed decision knows it is current). */
  version = 0;

  protected constructor(readonly options: WorkspaceOptions) {
    this.sheet = new RegisterSheet(options.host);
    this.user = options.currentUser;
  }

  /** The register's rows (the live check's, shared): which customer each row shows, what it holds. */
  get rows(): RegisterRows {
    if (!this.session) throw new Error('The register is not open');
    return this.session.registerRows;
  }

  get host(): SpreadsheetHost {
    return this.options.host;
  }

  get store(): ClaimStore {
    return this.options.store;
  }

  get policy(): ClaimPolicy {
    return this.derived().policy;
  }

  get settingsVersion(): string | null {
    return this.team.settings?.version ?? null;
  }

  /** The rule date, read from the clock at most once a minute (every keystroke asks for it). */
  get today(): CalendarDate {
    const now = this.options.clock().getTime();
    if (!this.todayCache || Math.abs(now - this.todayCache.at) > TODAY_CACHE_MS) {
      this.todayCache = { at: now, date: ruleDate(new Date(now), this.policy) };
    }
    return this.todayCache.date;
  }

  get roster(): RosterEntry[] {
    return this.team.roster;
  }

  get members(): RosterMember[] {
    return this.derived().members;
  }

  get currentUser(): RosterEntry | null {
    return this.team.roster.find((m) => m.name === this.user) ?? null;
  }

  setCurrentUser(name: string): void {
    this.user = name;
    this.changed();
  }

  /** Where the register sits in the workbook (for printing it). */
  get layout(): RegisterLayout {
    return this.sheet.layout;
  }

  /** Every customer of the register: the store's, and the sheet's rows it does not hold yet. */
  records(): CustomerRecord[] {
    return [...[...this.team.customers.values()].map((c) => c.record), ...this.sheetOnly.values()];
  }

  /** A customer's current row, from the store or (not taken in yet) the sheet. */
  recordOf(key: string): CustomerRecord | undefined {
    return this.team.customers.get(key)?.record ?? this.sheetOnly.get(key);
  }

  customer(key: string): StoredCustomer | undefined {
    return this.team.customers.get(key);
  }

  activities(): readonly Activity[] {
    return this.team.activities;
  }

  /**
   * The register as `month` saw it, from the append-only history: one record per customer and rep who
   * contacted it, with that rep's dates (the monthly summary, its PK tables, the board and the daily list).
   */
  monthRecords(month: YearMonth): CustomerRecord[] {
    const derived = this.derived();
    if (derived.month?.month !== month) {
      derived.month = { month, records: monthRecords(this.records(), loggedContacts(this.team.activities), month) };
    }
    return derived.month.records;
  }

  /** 紧密 customers per rep today. */
  closeCounts(): Map<string, number> {
    const derived = this.derived();
    derived.closeCounts ??= countCloseClaims(this.claimStates(), derived.policy, this.today);
    return derived.closeCounts;
  }

  /** Every customer's claim state with its log (tiers, quotas, reminders, handovers). */
  claimStates(): ClaimState[] {
    const derived = this.derived();
    derived.claimStates ??= [...this.team.customers.values()]
      .map((c) => claimStateOf(c.record, this.team.activitiesOf(c.record.dedupeKey), derived.policy));
    return derived.claimStates;
  }

  claimStateWithHistory(key: string): ClaimState | null {
    const customer = this.team.customers.get(key);
    return customer ? claimStateOf(customer.record, this.team.activitiesOf(key), this.policy) : null;
  }

  /**
   * The key the action's claim is stored under: the name's 查重键, and with product lines on the line's
   * own key for a line other than the default (claimKeyOf), so each line is its own claim.
   */
  claimKey(name: string, action: ClaimAction): string {
    const key = this.options.matcher.dedupeKey(name.trim());
    return claimKeyOf(key, action.kind === 'setPrimary' ? '' : action.productLine, this.policy);
  }

  /** The product line a stored claim is on ('' while the rule is dormant). */
  lineOf(key: string): string {
    return effectiveLine(this.team.customers.get(key)?.record.productLine, this.policy);
  }

  nameOf(key: string): string {
    return this.recordOf(key)?.name ?? key;
  }

  /** What the register services need to know of the team: its rules and roster. */
  registerSettings(): RegisterSettings {
    return { policy: this.policy, roster: this.members, columnMapping: this.columnMapping, policyProblems: [] };
  }

  actorMember(): RosterMember | null {
    const entry = this.currentUser;
    return entry ? rosterMember(entry) : null;
  }

  actor(): Actor {
    return { name: this.user ?? '' };
  }

  editContext(): EditContext {
    return { editId: this.options.newId(), today: this.today };
  }

  /** The next free 序号: one above every stored customer's and every placed row's. */
  nextSeq(): number {
    let max = 0;
    for (const c of this.team.customers.values()) max = Math.max(max, c.record.seq ?? 0);
    for (const placed of this.rows.placedRows()) max = Math.max(max, placed.record.seq ?? 0);
    return max + 1;
  }

  /** Calls `listener` with the customer name the user last typed or pasted into the register's 客户名称 column. */
  onTypedName(listener: (name: string) => void): () => void {
    this.typedNameListeners.add(listener);
    return () => this.typedNameListeners.delete(listener);
  }

  /** Rows typed into the register this session and what became of them, the latest first. */
  typedRows(): TypedRow[] {
    return this.typed.latestFirst();
  }

  /** Resolves when the live check and the store pushes of everything typed so far are done. */
  settled(): Promise<void> {
    return this.session?.settled() ?? Promise.resolve();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribeStore?.();
    void this.session?.stop();
    this.listeners.clear();
    this.typedNameListeners.clear();
  }

  /** Something changed: derived figures are recomputed on their next read, and the views are told. */
  changed(): void {
    this.cache = null;
    this.todayCache = null;
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private derived(): Derived {
    this.cache ??= {
      policy: claimPolicy((this.team.settings?.settings ?? {}) as ClaimPolicyChanges),
      members: this.team.roster.map(rosterMember),
      closeCounts: null,
      claimStates: null,
      month: null,
    };
    return this.cache;
  }
}
