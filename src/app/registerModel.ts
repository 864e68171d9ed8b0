import { claimKeyOf, effectiveLine, type ClaimAction, type ClaimPolicy, type ClaimState, type RosterMember } from '../core/claims';
import type { CalendarDate, YearMonth } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { Activity, Actor, ChangesOptions, ClaimStore, EditContext, RosterEntry, StoredCustomer } from '../store/claimStore';
import { InMemorySheetMemory, type SheetMemory } from '../store/sheetMemory';
import { claimStateOf, rosterMember } from './claimBridge';
import type { NameMatcher } from './nameMatcher';
import { RegisterCustomers } from './registerCustomers';
import { RegisterFigures } from './registerFigures';
import type { RegisterKeys } from './registerKeys';
import type { ColumnMapping, RegisterLayout } from './registerLayout';
import { RegisterProtection } from './registerProtection';
import type { RegisterRows } from './registerRows';
import type { RegisterSession } from './registerSession';
import type { RegisterSettings } from './registerSettings';
import { RegisterSheet } from './registerSheet';
import { HeldRows } from './sheetDifferences';
import { TeamData, type TeamChanges } from './teamData';
import { TypedRows, type TypedRow } from './typedRows';

export interface WorkspaceOptions {
  host: SpreadsheetHost;
  store: ClaimStore;
  matcher: NameMatcher;
  /** The pane's clock: rule dates are this instant's calendar date in the team's time zone. */
  clock: () => Date;
  newId: () => string;
  currentUser: string | null;
  /** What this computer last saw the rows show; without one, an open remembers nothing of earlier ones. */
  sheetMemory?: SheetMemory;
}

/**
 * The pane's one model of the register: its customers by claim key, each with its store copy (or none yet)
 * and its sheet row (or none) — `customers`, following the store mirror `team` (history, roster and rules) —
 * and the register's rows, the one copy the live check keeps current. Everything the pane reads is answered
 * from here synchronously; the edits (registerDecisions, typedRowPush, sheetSync, teamSettingsEdits) change it.
 */
export class RegisterModel {
  readonly team = new TeamData();
  /** The register's customers, one entry per claim key, with the row each is shown on. */
  readonly customers = new RegisterCustomers();
  readonly sheet: RegisterSheet;
  readonly typed = new TypedRows();
  readonly typedNameListeners = new Set<(name: string) => void>();
  readonly sheetMemory: SheetMemory;
  /** Rows the add-in does not write over: differing from the store for a reason it cannot tell, or on their way to it. */
  readonly held = new HeldRows();
  /** The store's unique keys of the register's customers; set once the store is loaded. */
  keys: RegisterKeys | null = null;
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
  /** Aborted by dispose: background work stops at its next turn, or does not start. */
  private readonly disposed = new AbortController();
  private readonly figures: RegisterFigures;
  private historyRead: Promise<void> | null = null;
  /** Rows typed into the grid on their way to the store (typedRowPush): settled() waits for them too. */
  private readonly pushes = new Set<Promise<unknown>>();
  /** Bumped on every change, so views can memoise on it (and a previewed decision knows it is current). */
  version = 0;

  readonly options: WorkspaceOptions;
  /** Sheet protection: every write to the register goes through it (registerProtection.ts). */
  readonly protection: RegisterProtection;

  protected constructor(options: WorkspaceOptions) {
    this.protection = new RegisterProtection(
      options.host, () => (this.session ? this.layout.sheet : null), () => !!this.currentUser?.isManager, () => this.changed(),
    );
    this.options = { ...options, host: this.protection.host };
    this.sheet = new RegisterSheet(this.options.host);
    this.user = options.currentUser;
    this.sheetMemory = options.sheetMemory ?? new InMemorySheetMemory();
    this.figures = new RegisterFigures(this.team, this.customers, options.clock);
  }

  /** The register's rows (the live check's, shared): what each row holds, and the one name index over them. */
  get rows(): RegisterRows {
    if (!this.session) throw new Error('The register is not open');
    return this.session.registerRows;
  }

  /** The name matcher whose 查重键 is the key a name is stored under (SPEC §5: two legal entities, two keys). */
  get matcher(): NameMatcher {
    return this.keys?.matcher ?? this.options.matcher;
  }

  get host(): SpreadsheetHost {
    return this.options.host;
  }

  get store(): ClaimStore {
    return this.options.store;
  }

  get policy(): ClaimPolicy {
    return this.figures.policy;
  }

  get settingsVersion(): string | null {
    return this.team.settings?.version ?? null;
  }

  /** The rule date, read from the clock at most once a minute (every keystroke asks for it). */
  get today(): CalendarDate {
    return this.figures.today;
  }

  get roster(): RosterEntry[] {
    return this.team.roster;
  }

  get members(): RosterMember[] {
    return this.figures.members;
  }

  get currentUser(): RosterEntry | null {
    return this.team.roster.find((m) => m.name === this.user) ?? null;
  }

  setCurrentUser(name: string): void {
    this.user = name;
    this.changed();
    void this.protection.refresh();
  }

  /** Where the register sits in the workbook (for printing it). */
  get layout(): RegisterLayout {
    return this.sheet.layout;
  }

  /** Every customer of the register: the store's, and the sheet's rows it does not hold yet. */
  records(): CustomerRecord[] {
    return this.customers.records();
  }

  /** A customer's current row, from the store or (not taken in yet) the sheet. */
  recordOf(key: string): CustomerRecord | undefined {
    return this.customers.record(key);
  }

  customer(key: string): StoredCustomer | undefined {
    return this.customers.stored(key);
  }

  /** Aborted once the pane closed the model: background work stops at its next turn, or does not start. */
  get stopped(): AbortSignal {
    return this.disposed.signal;
  }

  /** Reads what the store changed into the mirror, and the customers follow it (`options`: the first read's). */
  async refreshTeam(options?: ChangesOptions): Promise<TeamChanges> {
    const changes = await this.team.refresh(this.store, options);
    this.customers.follow(changes, this.team.customers);
    return changes;
  }

  /** False while the open's contact lines are still being read (wholeHistory). */
  get historyComplete(): boolean {
    return this.team.historyComplete;
  }

  /**
   * Resolves once the log holds every line: the open reads the contact lines after the name field works, and
   * what reads them — a decision, a typed row's push, the first full check, the reports — waits for this.
   */
  wholeHistory(): Promise<void> {
    if (this.team.historyComplete) return this.historyRead ?? Promise.resolve();
    this.historyRead ??= this.team.completeHistory(this.disposed.signal).then(
      () => this.changed(),
      (error: unknown) => {
        this.historyRead = null;
        throw error;
      },
    );
    return this.historyRead;
  }

  activities(): readonly Activity[] {
    return this.team.activities;
  }

  /**
   * The register as `month` saw it, from the append-only history: one record per customer and rep who
   * contacted it, with that rep's dates (the monthly summary, its PK tables, the board and the daily list).
   */
  monthRecords(month: YearMonth): CustomerRecord[] {
    // A report from part of the log would be silently wrong: its callers wait for wholeHistory.
    if (!this.historyComplete) throw new Error('The contact log is still being read: await wholeHistory() first');
    return this.figures.monthRecords(month, () => this.records());
  }

  /** 紧密 customers per rep today. */
  closeCounts(): Map<string, number> {
    return this.figures.closeCounts();
  }

  /** Every customer's claim state with its log (tiers, quotas, reminders, handovers). */
  claimStates(): ClaimState[] {
    return this.figures.claimStates();
  }

  /** Every claim state, computed a slice at a time after the open (RegisterFigures.prepareClaimStates). */
  prepareClaimStates(): Promise<void> {
    return this.disposed.signal.aborted ? Promise.resolve() : this.figures.prepareClaimStates(this.disposed.signal);
  }

  claimStateWithHistory(key: string): ClaimState | null {
    const customer = this.customer(key);
    return customer ? claimStateOf(customer.record, this.team.activitiesOf(key), this.policy) : null;
  }

  /**
   * The key the action's claim is stored under: the name's 查重键, and with product lines on the line's
   * own key for a line other than the default (claimKeyOf), so each line is its own claim.
   */
  claimKey(name: string, action: ClaimAction): string {
    const key = this.matcher.dedupeKey(name.trim());
    return claimKeyOf(key, action.kind === 'setPrimary' ? '' : action.productLine, this.policy);
  }

  /** The product line a stored claim is on ('' while the rule is dormant). */
  lineOf(key: string): string {
    return effectiveLine(this.customer(key)?.record.productLine, this.policy);
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
    return this.customers.nextSeq();
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
  async settled(): Promise<void> {
    // The store's change notices start sheet writes of their own: wait until no step started another.
    for (let version = -1; version !== this.version;) {
      version = this.version;
      // A failed read of the log is the caller's to report (wholeHistory): settling goes on without it.
      await this.historyRead?.catch(() => undefined);
      await this.session?.settled();
      await Promise.all(this.pushes);
      await this.writes;
      await this.protection.idle();
    }
  }

  /** Keeps `push` (a typed row's way to the store) among what settled() waits for, until it ends. */
  trackPush(push: Promise<unknown>): void {
    this.pushes.add(push);
    void push.finally(() => this.pushes.delete(push)).catch(() => undefined);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed.abort();
    this.unsubscribeStore?.();
    void this.session?.stop();
    this.listeners.clear();
    this.typedNameListeners.clear();
  }

  /** Something changed: derived figures are recomputed on their next read, and the views are told. */
  changed(): void {
    this.figures.invalidate();
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
