import {
  claimFromRecord, claimKeyOf, claimPolicy, creditSharesMessage, creditSplit, primaryOwnerOf, countCloseClaims, customerKeyOf, effectiveLine, protectedUntilOf, decideClaim,
  newClaimState, parentKeyOf, protectedByMessage, protectedUntil, ruleDate, tierOf,
  type ClaimAction, type ClaimContext, type ClaimDecision, type ClaimPolicy, type ClaimPolicyChanges, type ClaimState,
  type ActivityEntry, type ClaimTier, type ContactAction, type RosterMember,
} from '../core/claims';
import { yearMonthOf, type CalendarDate, type YearMonth } from '../core/dates/calendarDate';
import { precedes } from '../core/register/rowFindings';
import { monthRecords } from '../core/summary/contactHistory';
import type { Verdict } from '../core/names';
import { emptyCustomerRecord, type CustomerGrade, type CustomerRecord } from '../core/register/customerRecord';
import { formatMessage, message, type Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type {
  Activity, Actor, ClaimSettingsBlob, ClaimStore, EditContext, RosterEntry, StoredCustomer,
} from '../store/claimStore';
import { claimHistory, claimStateOf, recordAfter, rosterMember, storedActivity } from './claimBridge';
import { loggedContacts, rowContactActivities } from './historyLog';
import { writeDailyList, writeMonthlySummary, type RuleSections, type SheetWritten } from './monthlySummary';
import { openRegister } from './openRegister';
import { bringWorkbookTeamIntoStore, keepTeamInWorkbook } from './workbookTeam';
import type { NameMatcher } from './nameMatcher';
import {
  findingMessages, readRegisterSettings, RegisterSession, type ColumnMapping, type RegisterEdit,
  type RegisterLayout, type RegisterSettings,
} from '.';
import { RegisterSheet, rowRuns, type SheetRow } from './registerSheet';
import { TeamData, type TeamChanges } from './teamData';
import { TypedRows, type TypedRow } from './typedRows';

const TODAY_CACHE_MS = 60_000;

/** The id suffix of the transfer a force-claim makes in the store: the log shows the two as one 强制登记. */
export const HANDOVER_SUFFIX = ':handover';

/** Typed rows pushed to the store between two pauses, so a 5,000-row paste never freezes the pane. */
const TYPED_ROWS_PER_PAUSE = 100;

const pause = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

/** A registered name that looks like the one being typed, with what the pane shows about it. */
export interface MatchView {
  key: string;
  name: string;
  verdict: Verdict;
  reasons: Message[];
  record: CustomerRecord | null;
  tier: ClaimTier;
  /** 保护到期 of a 紧密 customer (null for deals, protected for good, and for open customers). */
  protectedUntil: CalendarDate | null;
  /** "王芳 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13" while protected. */
  protectedBy: Message | null;
  /** With product lines on: the line this claim is on, and the customer's 主负责人 among its line owners. */
  productLine: string;
  primaryOwner: string | null;
}

/**
 * The text the store logs with a transfer: the manager's reason, and the 分成比例 the former owner keeps —
 * the store's transfer line is the one log line of a transfer, so the split travels in it (creditSharesIn).
 */
function transferReason(action: Extract<ClaimAction, { kind: 'transfer' }>, formerOwner: string): string {
  const split = action.formerOwnerShare === undefined ? null : creditSplit(action.to, formerOwner, action.formerOwnerShare);
  return split ? `${action.reason.trim()} · ${formatMessage(creditSharesMessage(split), 'zh-CN')}` : action.reason;
}

/** 主负责人 of each customer the lookup found on several lines: whoever got a line of it first (seed 004). */
function markPrimaryOwners(matches: MatchView[], policy: ClaimPolicy, today: CalendarDate): void {
  const byCustomer = new Map<string, MatchView[]>();
  for (const match of matches) {
    if (!match.record) continue;
    const key = customerKeyOf(match.key);
    byCustomer.set(key, [...(byCustomer.get(key) ?? []), match]);
  }
  for (const [key, lines] of byCustomer) {
    const claims = lines.flatMap((m) => claimFromRecord(m.record as CustomerRecord, policy) ?? []);
    const primary = primaryOwnerOf({ ...newClaimState(key, lines[0].name), claims }, policy, today);
    for (const match of lines) match.primaryOwner = primary;
  }
}

export interface Lookup {
  query: string;
  /** The 查重键 of what was typed ('' while it has no letters). */
  key: string;
  matches: MatchView[];
}

/** Contact person, phone and notes typed with a registration; dates and stage come from the action. */
export interface RegistrationDetails {
  contactPerson?: string;
  phone?: string;
  notes?: string;
}

export type EditResult =
  /** `by`: who registered it — a colleague's call on someone else's customer leaves `record` with its owner. */
  | { ok: true; decision: ClaimDecision | null; record: CustomerRecord; by: string }
  /**
   * The rules or the store said no; `reasons` say why (shown in an alert). `queued`: team mode could not reach
   * SharePoint, the edit waits in this computer's outbox — neither won nor lost yet.
   */
  | { ok: false; decision: ClaimDecision | null; reasons: Message[]; queued?: boolean };

export interface WorkspaceOptions {
  host: SpreadsheetHost;
  store: ClaimStore;
  matcher: NameMatcher;
  /** The pane's clock: rule dates are this instant's calendar date in the team's time zone. */
  clock: () => Date;
  newId: () => string;
  currentUser: string | null;
}

/**
 * The task pane's model of the register: the team's store content in memory, a name index over it, and the
 * register sheet kept in step with the store. Every question the pane asks while the rep types (lookup,
 * what would happen if I register this?) is answered synchronously from memory; every edit goes through
 * the claim rules, then the store (which arbitrates races), then the sheet.
 */
export class RegisterWorkspace {
  private readonly team = new TeamData();
  private readonly sheet: RegisterSheet;
  private readonly rows = new Map<string, SheetRow>();
  /** Which stored customer each sheet row shows (the reverse of `rows`). */
  private readonly keysByRow = new Map<number, string>();
  private readonly typed = new TypedRows();
  /**
   * Customers the register sheet holds that the store does not yet (rows of an adopted sheet that are not the
   * current user's to take in): found by lookup and protected by the rules like any other.
   */
  private readonly sheetOnly = new Map<string, CustomerRecord>();
  private monthCache: { version: number; month: YearMonth; records: CustomerRecord[] } | null = null;
  private readonly typedNameListeners = new Set<(name: string) => void>();
  private session: RegisterSession | null = null;
  private columnMapping: ColumnMapping | null = null;
  /** While typed rows are pushed, the store's own change notices wait: the push refreshes once at its end. */
  private pushing = 0;
  private readonly listeners = new Set<() => void>();
  private writes: Promise<unknown> = Promise.resolve();
  private unsubscribeStore: (() => void) | null = null;
  private user: string | null;
  private cache: { policy: ClaimPolicy; members: RosterMember[]; closeCounts: Map<string, number> | null } | null = null;
  private todayCache: { at: number; date: CalendarDate } | null = null;
  /** Bumped on every change, so views can memoise on it. */
  version = 0;

  private constructor(private readonly options: WorkspaceOptions) {
    this.sheet = new RegisterSheet(options.host);
    this.user = options.currentUser;
  }

  /** Loads the store, opens (or creates) the register sheet and brings it up to date with the store. */
  static async open(options: WorkspaceOptions): Promise<RegisterWorkspace> {
    const workspace = new RegisterWorkspace(options);
    await workspace.load();
    return workspace;
  }

  private async load(): Promise<void> {
    const changes = await this.team.refresh(this.options.store);
    const storeHas = { roster: this.team.roster.length > 0, settings: this.team.settings !== null };
    if (await bringWorkbookTeamIntoStore(this.options.host.settings, this.options.store, storeHas, () => this.editContext())) {
      await this.team.refresh(this.options.store);
    }
    await this.keepSettingsInWorkbook();
    this.columnMapping = (await readRegisterSettings(this.options.host.settings)).columnMapping;
    // The one way to open the register (the ribbon's commands and WPS use it too); the live check starts on it.
    const opened = await openRegister(this.options.host, {
      today: this.today, create: true, offerAdoption: false, matcher: this.options.matcher, settings: this.registerSettings(), waitForCheck: false,
      historyOf: (key) => claimHistory(this.team.activitiesOf(key)),
    });
    if (opened.kind === 'failed') throw new Error(opened.reason.key);
    if (opened.kind !== 'opened') throw new Error(`The register could not be opened (${opened.kind})`);
    this.session = opened.session;
    this.sheet.use(opened.session.layout);
    // With product lines on, a row is the claim on its line: the key the store keeps it under (claimKeyOf).
    const sheetRows = opened.session.rows().map((row) => ({
      ...row, record: { ...row.record, dedupeKey: claimKeyOf(row.record.dedupeKey, row.record.productLine, this.policy) },
    }));
    for (const row of sheetRows) if (row.record.dedupeKey && !this.rows.has(row.record.dedupeKey)) this.setRow(row);
    await this.syncSheet(changes.customers);
    await this.takeInSheetRows(sheetRows);
    this.session.onEdited((edit) => this.rowsTyped(edit));
    this.unsubscribeStore = this.options.store.subscribe(() => {
      if (this.pushing === 0) void this.refresh();
    });
  }



  /**
   * The register sheet is the team's register (SPEC §3: after adoption every row is a registered customer):
   * rows the store does not hold yet become customers with their rep, state and dates, protection computed.
   * A manager takes in every row, a rep their own; the rest are known from the sheet until then. Of rows
   * sharing a 查重键 only the earliest claim is taken in; the others stay on the sheet, marked and listed for
   * the manager to merge or keep apart — nothing is merged, dropped or rewritten here.
   */
  private async takeInSheetRows(rows: readonly SheetRow[]): Promise<void> {
    const earliest = new Map<string, SheetRow>();
    for (const row of rows) {
      const { dedupeKey: key, name, rep } = row.record;
      if (!key || !name.trim() || !rep.trim() || this.team.customers.has(key)) continue;
      const held = earliest.get(key);
      if (!held || precedes(row, held)) earliest.set(key, row);
    }
    if (earliest.size === 0) return;
    const user = this.currentUser;
    let taken = 0;
    for (const { row, record: read } of earliest.values()) {
      const record = { ...read, name: read.name.trim(), rep: read.rep.trim(), protectedUntil: protectedUntilOf(read, this.policy) };
      if (!user || (!user.isManager && record.rep !== user.name)) {
        this.sheetOnly.set(record.dedupeKey, record);
        continue;
      }
      const claimed = await this.options.store.claim(record, this.actor(), this.editContext());
      if (!claimed.ok) continue;
      // The row already shows what the store now holds: nothing is written back over the team's cells.
      this.setRow({ row, record: claimed.customer.record });
      taken++;
    }
    if (taken > 0) await this.refresh();
    this.changed();
  }

  private keepSettingsInWorkbook(): Promise<void> {
    return keepTeamInWorkbook(this.options.host.settings, this.members, this.team.settings ? this.policy : null);
  }


  /** What the register services need to know of the team: its rules and roster. */
  private registerSettings(): RegisterSettings {
    return { policy: this.policy, roster: this.members, columnMapping: this.columnMapping, policyProblems: [] };
  }

  /** After a roster or policy change: the file, the sheet's validation and highlights, and every row's marks follow. */
  private async settingsChanged(): Promise<void> {
    await this.keepSettingsInWorkbook();
    if (this.session) await this.session.update({ settings: this.registerSettings(), today: this.today });
    else await this.sheet.applyRules(this.registerSettings());
  }

  dispose(): void {
    this.unsubscribeStore?.();
    void this.session?.stop();
    this.listeners.clear();
    this.typedNameListeners.clear();
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

  // ——— what the pane reads ———

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

  /** Every customer of the register: the store's, and the sheet's rows it does not hold yet. */
  records(): CustomerRecord[] {
    return [...[...this.team.customers.values()].map((c) => c.record), ...this.sheetOnly.values()];
  }

  /** A customer's current row, from the store or (not taken in yet) the sheet. */
  recordOf(key: string): CustomerRecord | undefined {
    return this.team.customers.get(key)?.record ?? this.sheetOnly.get(key);
  }

  /**
   * The register as `month` saw it, from the append-only history: one record per customer and rep who
   * contacted it, with that rep's dates (the monthly summary, its PK tables, the board and the daily list).
   */
  monthRecords(month: YearMonth): CustomerRecord[] {
    if (this.monthCache?.version !== this.version || this.monthCache.month !== month) {
      this.monthCache = { version: this.version, month, records: monthRecords(this.records(), loggedContacts(this.team.activities), month) };
    }
    return this.monthCache.records;
  }

  customer(key: string): StoredCustomer | undefined {
    return this.team.customers.get(key);
  }

  activities(): readonly Activity[] {
    return this.team.activities;
  }

  /** 紧密 customers per rep today. */
  closeCounts(): Map<string, number> {
    const derived = this.derived();
    derived.closeCounts ??= countCloseClaims(this.claimStates(), derived.policy, this.today);
    return derived.closeCounts;
  }

  /** Every customer's claim state with its log (tiers, quotas, reminders, handovers). */
  claimStates(): ClaimState[] {
    const { policy } = this;
    return [...this.team.customers.values()].map((c) => claimStateOf(c.record, this.team.activitiesOf(c.record.dedupeKey), policy));
  }

  claimStateWithHistory(key: string): ClaimState | null {
    const customer = this.team.customers.get(key);
    return customer ? claimStateOf(customer.record, this.team.activitiesOf(key), this.policy) : null;
  }

  /** Registered names that look like `name`, most serious first — fast enough for every keystroke. */
  lookup(name: string, limit = 8): Lookup {
    const query = name.trim();
    const key = query ? this.options.matcher.dedupeKey(query) : '';
    if (!key) return { query, key, matches: [] };
    const { policy } = this;
    const today = this.today;
    const matches = (this.session?.customersLike(query, limit, (k) => this.recordOf(k)?.name) ?? []).map((match): MatchView => {
      const record = this.recordOf(match.id) ?? null;
      // With its history, so a manager's handover shows the same 保护到期 here as in 我的客户 and the sheet.
      const state = record ? claimStateOf(record, this.team.activitiesOf(match.id), policy) : null;
      const claim = state?.claims[0];
      const tier = tierOf(claim, policy, today);
      return {
        key: match.id, name: record?.name ?? match.name, verdict: match.verdict, reasons: match.reasons, record, tier,
        protectedUntil: claim && tier === 'close' ? protectedUntil(claim, policy) : null,
        protectedBy: claim && tier !== 'open' ? protectedByMessage(claim, policy) : null,
        productLine: record && policy.productLines.enabled ? effectiveLine(record.productLine, policy) : '',
        primaryOwner: null,
      };
    });
    if (policy.productLines.enabled) markPrimaryOwners(matches, policy, today);
    return { query, key, matches };
  }

  /** What the rules would say if the current user registered `action` for the customer named `name`. */
  decide(name: string, action: ClaimAction): ClaimDecision | null {
    const actor = this.actorMember();
    const key = this.claimKey(name, action);
    if (!actor || !key) return null;
    return decideClaim(this.stateFor(key, name.trim()), action, this.context(actor, key));
  }

  // ——— edits ———

  /**
   * Registers a contact by the current user: decided by the rules (a block is logged as a collision and
   * nothing else changes), then claimed or updated in the store, then written to the register sheet.
   */
  register(name: string, action: ContactAction, details: RegistrationDetails = {}): Promise<EditResult> {
    return this.applyDecision(name, action, details);
  }

  release(key: string, reason?: string): Promise<EditResult> {
    return this.applyDecision(this.nameOf(key), { kind: 'release', reason, productLine: this.lineOf(key) }, {});
  }

  followUp(key: string, nextDate: CalendarDate | null, notes?: string): Promise<EditResult> {
    return this.applyDecision(this.nameOf(key), { kind: 'followUp', nextDate, notes, productLine: this.lineOf(key) }, {});
  }

  /** Manager: registers a visit/sample/deal for `rep` although the rules would block it; the reason is logged. */
  forceClaim(name: string, action: Extract<ClaimAction, { kind: 'forceClaim' }>, details: RegistrationDetails = {}): Promise<EditResult> {
    return this.applyDecision(name, action, details);
  }

  /** Manager: hands a customer to another rep with a reason. */
  /** Manager: hands a customer to another rep with a reason; the former owner may keep a 分成比例 (whole percent). */
  transfer(key: string, to: string, reason: string, formerOwnerShare?: number): Promise<EditResult> {
    return this.applyDecision(this.nameOf(key), { kind: 'transfer', to, reason, formerOwnerShare, productLine: this.lineOf(key) }, {});
  }

  /** What the rules would say about handing `key` to `to` (warnings a manager must read: grade, quota). */
  decideTransfer(key: string, to: string, reason: string, formerOwnerShare?: number): ClaimDecision | null {
    return this.decide(this.nameOf(key), { kind: 'transfer', to, reason, formerOwnerShare, productLine: this.lineOf(key) });
  }

  /** Manager: sets 客户等级 (the A-grade tenure rule reads it); the store lets only the owner or a manager edit. */
  async setGrade(key: string, grade: CustomerGrade | null): Promise<Message | null> {
    const customer = this.team.customers.get(key);
    if (!customer) return message('claims.notClaimed');
    if (!this.currentUser?.isManager) return message('claims.override.managerOnly');
    const updated = await this.options.store.updateCustomer({ ...customer.record, grade }, customer.version, this.actor(), this.editContext());
    if (!updated.ok) return updated.reason;
    await this.refresh();
    return null;
  }

  async saveRosterEntry(entry: RosterEntry): Promise<Message | null> {
    const outcome = await this.options.store.putRosterEntry(entry, this.actor(), this.editContext());
    if (!outcome.ok) return outcome.reason;
    await this.refresh();
    await this.settingsChanged();
    return null;
  }

  async removeRosterEntry(name: string): Promise<Message | null> {
    const outcome = await this.options.store.removeRosterEntry(name, this.actor(), this.editContext());
    if (!outcome.ok) return outcome.reason;
    await this.refresh();
    await this.settingsChanged();
    return null;
  }

  async savePolicy(changes: ClaimPolicyChanges): Promise<Message | null> {
    const blob = JSON.parse(JSON.stringify(changes)) as ClaimSettingsBlob;
    const outcome = await this.options.store.saveSettings(blob, this.settingsVersion, this.actor(), this.editContext());
    if (!outcome.ok) return outcome.reason;
    await this.refresh();
    await this.settingsChanged();
    return null;
  }

  /** 生成月度汇总 for `month`, from the history: a past month reads the same whatever happened since. */
  writeMonthlySummary(month: YearMonth, sections: RuleSections = {}): Promise<SheetWritten> {
    return writeMonthlySummary(this.options.host, this.monthRecords(month), { today: this.today, month, roster: this.members, ...sections });
  }

  /** 今日新增, from the history: a colleague's call today is that colleague's. */
  writeDailyList(): Promise<SheetWritten> {
    return writeDailyList(this.options.host, this.monthRecords(yearMonthOf(this.today)), this.today, this.members);
  }

  /** Where the register sits in the workbook (for printing it). */
  get layout(): RegisterLayout {
    return this.sheet.layout;
  }

  /** The customer name on a sheet row (the row the user selected), or null. */
  async nameAtRow(row: number): Promise<string | null> {
    const { sheet, columns, firstDataRow } = this.sheet.layout;
    if (row < firstDataRow) return null;
    const [[cell]] = await this.options.host.readRange(sheet, { top: row, left: columns.name, bottom: row, right: columns.name });
    return typeof cell === 'string' && cell.trim() ? cell.trim() : null;
  }

  /** Follows the store (another tab, the sync engine): new rows are added to the sheet, changed ones rewritten. */
  async refresh(): Promise<void> {
    const changes = await this.team.refresh(this.options.store);
    if (changes.customers.length === 0 && changes.removedKeys.length === 0 && !changes.rosterChanged
      && !changes.settingsChanged && changes.activitiesAdded === 0) return;
    this.applyToIndex(changes);
    await this.syncSheet(changes.customers);
  }

  /**
   * Rows the user typed or pasted into the register (SPEC §6: rows the rep adds are validated and pushed): the
   * live check has given each its 查重键 and marks; a new customer the rules allow is claimed in the store for
   * the row's rep, and a row the rules block or the store refuses keeps its text and is marked with the reason.
   */
  private async rowsTyped(edit: RegisterEdit): Promise<void> {
    if (edit.namesTyped) {
      const last = [...edit.rows].reverse().find((r) => r.record.name.trim() !== '');
      if (last) for (const listener of this.typedNameListeners) listener(last.record.name.trim());
    }
    this.pushing++;
    const claimed: SheetRow[] = [];
    try {
      let pushed = 0;
      for (const typed of edit.rows) {
        const outcome = await this.pushTypedRow(typed);
        if (outcome) claimed.push(outcome);
        if (++pushed % TYPED_ROWS_PER_PAUSE === 0) await pause();
      }
      // 序号 and 部门 the rep left empty are filled in; everything typed stays as it was.
      await this.sheet.update(claimed);
      for (const [top, bottom] of rowRuns(claimed.map((c) => c.row))) await this.session?.rowsWritten(top, bottom);
    } finally {
      this.pushing--;
    }
    await this.refresh();
    this.changed();
  }

  /** One typed row: claimed (returns where it now sits), or recorded with why it was not. */
  private async pushTypedRow({ row, record: typedRecord, finding }: RegisterEdit['rows'][number]): Promise<SheetRow | null> {
    const name = typedRecord.name.trim();
    const key = claimKeyOf(typedRecord.dedupeKey, typedRecord.productLine, this.policy);
    const record = { ...typedRecord, dedupeKey: key };
    const shown = this.keysByRow.get(row);
    const stored = shown === undefined ? undefined : this.team.customers.get(shown);
    if (name === '' || (stored && shown !== key)) {
      // An empty row, or a stored customer's row renamed: the store's copy stays as it is.
      this.typed.forget(row);
      return null;
    }
    const entry: TypedRow = { row, name, rep: record.rep.trim(), status: 'claimed', reasons: [] };
    if (finding.level === 'blocked' && finding.log.length > 0) {
      await this.logCollisions(finding.log, this.recordOf(key)?.name ?? name, row, key, entry.rep);
      this.typed.put({ ...entry, status: 'blocked', reasons: finding.decision });
      return null;
    }
    if (entry.rep === '' || finding.errors.length > 0) {
      this.typed.put({ ...entry, status: 'incomplete', reasons: entry.rep === '' ? [message('taskpane.typed.needsRep')] : findingMessages(finding) });
      return null;
    }
    if (stored) return this.pushRowEdit(entry, this.typedRecord(record, stored.record.seq), stored);
    if (this.team.customers.has(key)) {
      this.typed.put({ ...entry, status: 'registered', reasons: findingMessages(finding) });
      return null;
    }
    if (finding.level === 'blocked') {
      this.typed.put({ ...entry, status: 'refused', reasons: finding.decision });
      return null;
    }
    if (!this.currentUser) return this.refuse(entry, message('taskpane.user.required'));
    const claimed = await this.options.store.claim(this.typedRecord(record, this.nextSeq()), this.actor(), this.editContext());
    if (!claimed.ok && claimed.problem === 'queued') {
      // Team mode offline: the claim waits in the outbox; the row is not refused, just not confirmed yet.
      this.typed.put({ ...entry, status: 'incomplete', reasons: [claimed.reason] });
      return null;
    }
    if (!claimed.ok) return this.refuse(entry, claimed.reason);
    this.typed.put(entry);
    await this.session?.setRefusal(row, null);
    const placed = { row, record: claimed.customer.record };
    this.setRow(placed);
    return placed;
  }

  /**
   * A stored customer's row edited in the sheet (a stage, a date, a contact added): pushed as an update the
   * store checks (only the owner or a manager may); unchanged rows — the pane's own writes — are left alone.
   */
  private async pushRowEdit(entry: TypedRow, next: CustomerRecord, stored: StoredCustomer): Promise<SheetRow | null> {
    if (JSON.stringify(next) === JSON.stringify(stored.record)) return null;
    if (!this.currentUser) return this.refuse(entry, message('taskpane.user.required'));
    const updated = await this.options.store.updateCustomer(next, stored.version, this.actor(), this.editContext());
    if (!updated.ok && updated.problem !== 'queued') {
      // A refused edit never stays looking saved: the row shows the stored customer again, the pane says why.
      this.typed.put({ ...entry, status: 'refused', reasons: [message('rules.edit.reverted', { reason: formatMessage(updated.reason, 'zh-CN') })] });
      return { row: entry.row, record: stored.record };
    }
    if (!updated.ok) return this.refuse(entry, updated.reason);
    this.typed.put(entry);
    await this.session?.setRefusal(entry.row, null);
    const placed = { row: entry.row, record: updated.customer.record };
    this.setRow(placed);
    return placed;
  }

  /** A typed row as the store keeps it: trimmed, with its rep's department and a 序号 when left empty. */
  private typedRecord(record: CustomerRecord, seq: number | null): CustomerRecord {
    const rep = record.rep.trim();
    const department = record.department.trim() || this.team.roster.find((m) => m.name === rep)?.department || '';
    const next = { ...record, name: record.name.trim(), rep, department, seq: record.seq ?? seq };
    return { ...next, protectedUntil: protectedUntilOf(next, this.policy) };
  }

  private async refuse(entry: TypedRow, reason: Message): Promise<null> {
    this.typed.put({ ...entry, status: 'refused', reasons: [reason] });
    await this.session?.setRefusal(entry.row, reason);
    return null;
  }

  /** A blocked row is one 撞单 attempt, logged once however often the rep edits that row afterwards. */
  private async logCollisions(log: readonly ActivityEntry[], name: string, row: number, key: string, rep: string): Promise<void> {
    if (!this.typed.firstAttempt(`${row}|${key}|${rep}`)) return;
    const context = this.editContext();
    let n = 0;
    for (const entry of log) {
      const activity = storedActivity(entry, name, `${context.editId}:${n++}`);
      if (activity) await this.options.store.appendActivity(activity);
    }
  }

  private setRow(placed: SheetRow): void {
    const previous = this.rows.get(placed.record.dedupeKey);
    if (previous && this.keysByRow.get(previous.row) === placed.record.dedupeKey) this.keysByRow.delete(previous.row);
    this.rows.set(placed.record.dedupeKey, placed);
    this.keysByRow.set(placed.row, placed.record.dedupeKey);
  }

  // ——— internals ———

  /**
   * One action, decided once: that decision is what is stored, logged and (through the store's change) written
   * to the sheet. The row's contacts the history lacks are logged first, so nothing the row showed is lost
   * when the action rewrites it; each action adds its own log line once, titled with the customer's name.
   */
  private async applyDecision(name: string, action: ClaimAction, details: RegistrationDetails): Promise<EditResult> {
    const actor = this.actorMember();
    if (!actor) return { ok: false, decision: null, reasons: [message('taskpane.user.required')] };
    const trimmed = name.trim();
    const key = this.claimKey(trimmed, action);
    if (!key) return { ok: false, decision: null, reasons: [message('taskpane.check.nameRequired')] };
    const decision = decideClaim(this.stateFor(key, trimmed), action, this.context(actor, key));
    const context = this.editContext();
    const known = this.recordOf(key);
    const title = known?.name ?? trimmed;
    if (decision.outcome === 'block') {
      // A manager who is refused is offered the override, which is logged; his attempt is no 撞单.
      if (!actor.isManager) await this.append(this.decisionActivities(decision, title, action, context));
      await this.refresh();
      return { ok: false, decision, reasons: decision.reasons };
    }

    const base: CustomerRecord = known ?? {
      ...emptyCustomerRecord(), name: trimmed, dedupeKey: key, seq: this.nextSeq(), parentCustomer: this.parentNameOf(key),
      productLine: action.kind === 'setPrimary' ? '' : effectiveLine(action.productLine, this.policy),
    };
    const withDetails: CustomerRecord = {
      ...base,
      contactPerson: details.contactPerson?.trim() || base.contactPerson,
      phone: details.phone?.trim() || base.phone,
      remarks: details.notes?.trim() ? [base.remarks, details.notes.trim()].filter(Boolean).join('；') : base.remarks,
    };
    const next = recordAfter(withDetails, decision.next, this.policy, this.team.roster);
    const rowHistory = known ? rowContactActivities(known, this.team.activitiesOf(key), context.editId) : [];
    const saved = await this.save(this.team.customers.get(key), known, next, action, context);
    const lines = [...rowHistory, ...this.decisionActivities(decision, title, action, context)];
    if (!saved.ok) {
      // A queued edit's log lines queue behind it, so a claim that goes through later keeps its history.
      if (saved.queued) await this.append(lines);
      return { ok: false, decision, reasons: [saved.reason], queued: saved.queued };
    }
    await this.append(lines);
    await this.refresh();
    return { ok: true, decision, record: saved.record, by: actor.name };
  }

  /**
   * The one store write of an action: a claim, an update, or (a manager giving the customer to someone
   * else) a transfer and the update it carries.
   */
  private async save(
    existing: StoredCustomer | undefined, known: CustomerRecord | undefined, next: CustomerRecord, action: ClaimAction, context: EditContext,
  ): Promise<{ ok: true; record: CustomerRecord } | { ok: false; reason: Message; queued: boolean }> {
    const { store } = this.options;
    const actor = this.actor();
    const manager = !!this.currentUser?.isManager;
    // A colleague's call on someone else's customer changes nobody's row: only the log records it.
    const owner = (known ?? next).rep;
    if (known && next.rep === owner && owner !== actor.name && !manager) return { ok: true, record: known };
    if (!existing) {
      const claimed = await store.claim(next, actor, context);
      return claimed.ok ? { ok: true, record: claimed.customer.record } : { ok: false, reason: claimed.reason, queued: claimed.problem === 'queued' };
    }
    let version = existing.version;
    // The store moves a customer to someone other than the actor only as a transfer (with its reason).
    if (next.rep !== existing.record.rep && next.rep !== actor.name) {
      const reason = action.kind === 'transfer' ? transferReason(action, existing.record.rep)
        : action.kind === 'forceClaim' ? action.reason : '';
      const moved = await store.transferCustomer(
        { dedupeKey: next.dedupeKey, toRep: next.rep, reason, expectedVersion: version }, actor,
        action.kind === 'transfer' ? context : { ...context, editId: `${context.editId}${HANDOVER_SUFFIX}` });
      if (!moved.ok) return { ok: false, reason: moved.reason, queued: moved.problem === 'queued' };
      version = moved.customer.version;
      if (action.kind === 'transfer') return { ok: true, record: moved.customer.record };
    }
    const updated = await store.updateCustomer(next, version, actor, context);
    return updated.ok ? { ok: true, record: updated.customer.record } : { ok: false, reason: updated.reason, queued: updated.problem === 'queued' };
  }

  /**
   * The rules' log entries as the store keeps them, each once: a transfer's line is the store's own (it
   * writes one with the transfer), everything else — contacts, collisions, overrides, expiries — is appended.
   */
  private decisionActivities(decision: ClaimDecision, name: string, action: ClaimAction, context: EditContext): Activity[] {
    const storeLogs = action.kind === 'transfer' ? new Set(['transfer', 'surplusTransfer']) : new Set<string>();
    return decision.log.flatMap((entry, n) => {
      if (storeLogs.has(entry.kind)) return [];
      const activity = storedActivity(entry, name, `${context.editId}:${n}`);
      return activity ? [activity] : [];
    });
  }

  private async append(activities: readonly Activity[]): Promise<void> {
    for (const activity of activities) await this.options.store.appendActivity(activity);
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
  private lineOf(key: string): string {
    return effectiveLine(this.team.customers.get(key)?.record.productLine, this.policy);
  }

  private stateFor(key: string, name: string): ClaimState {
    const { policy } = this;
    const record = this.recordOf(key);
    const parentKey = parentKeyOf(record ?? { dedupeKey: key, parentCustomer: '' }, (n) => this.options.matcher.dedupeKey(n));
    return record
      ? claimStateOf(record, this.team.activitiesOf(key), policy, parentKey)
      : { ...newClaimState(key, name, { parentKey }), history: [] };
  }

  private context(actor: RosterMember, key: string): ClaimContext {
    const parent = this.parentOf(key);
    return {
      actor, roster: this.members, policy: this.policy, today: this.today, closeCounts: this.closeCounts(),
      parent: parent ? claimStateOf(parent, [], this.policy) : null,
    };
  }

  /** The parent customer of a branch (SPEC §5: 关联公司 links 上级客户), if the register holds it. */
  private parentOf(key: string): CustomerRecord | undefined {
    const parentKey = parentKeyOf(this.recordOf(key) ?? { dedupeKey: key, parentCustomer: '' }, (n) => this.options.matcher.dedupeKey(n));
    return parentKey && parentKey !== key ? this.recordOf(parentKey) : undefined;
  }

  /** A new branch's 上级客户: the parent's name as registered. */
  private parentNameOf(key: string): string {
    return this.parentOf(key)?.name ?? '';
  }

  private actorMember(): RosterMember | null {
    const entry = this.currentUser;
    return entry ? rosterMember(entry) : null;
  }

  private actor(): Actor {
    return { name: this.user ?? '' };
  }

  private editContext(): EditContext {
    return { editId: this.options.newId(), today: this.today };
  }

  private nameOf(key: string): string {
    return this.recordOf(key)?.name ?? key;
  }

  private nextSeq(): number {
    let max = 0;
    for (const c of this.team.customers.values()) max = Math.max(max, c.record.seq ?? 0);
    for (const row of this.rows.values()) max = Math.max(max, row.record.seq ?? 0);
    return max + 1;
  }

  private applyToIndex(changes: TeamChanges): void {
    for (const customer of changes.customers) this.sheetOnly.delete(customer.record.dedupeKey);
    this.changed();
  }

  /** Writes store customers the sheet lacks or shows differently; one queue, so rows never collide. */
  private syncSheet(customers: readonly StoredCustomer[]): Promise<void> {
    const run = this.writes.then(async () => {
      const updates: SheetRow[] = [];
      const additions: CustomerRecord[] = [];
      for (const { record } of customers) {
        const row = this.rows.get(record.dedupeKey);
        if (!row) additions.push(record);
        else if (JSON.stringify(row.record) !== JSON.stringify(record)) updates.push({ row: row.row, record });
      }
      await this.sheet.update(updates);
      for (const update of updates) this.setRow(update);
      const added = await this.sheet.append(additions);
      for (const placed of added) this.setRow(placed);
      // The live check takes what the pane wrote as written (the host raises no event for the add-in's own writes).
      await this.session?.rowsPut([...updates, ...added].map((r) => ({ row: r.row, cells: this.sheet.cells(r.record) })));
      this.changed();
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private derived(): NonNullable<RegisterWorkspace['cache']> {
    this.cache ??= {
      policy: claimPolicy((this.team.settings?.settings ?? {}) as ClaimPolicyChanges),
      members: this.team.roster.map(rosterMember),
      closeCounts: null,
    };
    return this.cache;
  }

  private changed(): void {
    this.cache = null;
    this.todayCache = null;
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

