import {
  claimPolicy, countCloseClaims, decideClaim, newClaimState, protectedByMessage, protectedUntil, ruleDate, tierOf,
  type ClaimAction, type ClaimContext, type ClaimDecision, type ClaimPolicy, type ClaimPolicyChanges, type ClaimState,
  type ClaimTier, type ContactAction, type RosterMember,
} from '../../core/claims';
import type { CalendarDate } from '../../core/dates/calendarDate';
import type { NameIndex, Verdict } from '../../core/names';
import type { CellValue } from '../../core/register/cellValue';
import { STATUS_LABELS, emptyCustomerRecord, type CustomerRecord } from '../../core/register/customerRecord';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import { formatMessage, message, type Message } from '../../i18n/message';
import {
  ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX, type RowMark, type SheetChange, type SpreadsheetHost,
} from '../../hosts/spreadsheetHost';
import type {
  Activity, Actor, ClaimSettingsBlob, ClaimStore, EditContext, RosterEntry, StoredCustomer,
} from '../../store/claimStore';
import { claimStateOf, recordAfter, rosterMember, storedActivity } from './claimBridge';
import type { NameMatcher } from './nameMatcher';
import {
  readRegisterSettings, savePolicy as saveWorkbookPolicy, saveRoster, type RegisterLayout, type RegisterSettings,
} from '../../services';
import { RegisterSheet, type SheetRow } from './registerSheet';
import { TeamData, type TeamChanges } from './teamData';

const TODAY_CACHE_MS = 60_000;

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
  | { ok: true; decision: ClaimDecision | null; record: CustomerRecord }
  /** The rules or the store said no; `reasons` say why (shown in an alert). */
  | { ok: false; decision: ClaimDecision | null; reasons: Message[] };

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
  private readonly index: NameIndex;
  private readonly sheet: RegisterSheet;
  private readonly rows = new Map<string, SheetRow>();
  private readonly listeners = new Set<() => void>();
  private writes: Promise<unknown> = Promise.resolve();
  private unsubscribeStore: (() => void) | null = null;
  private user: string | null;
  private cache: { policy: ClaimPolicy; members: RosterMember[]; closeCounts: Map<string, number> | null } | null = null;
  private todayCache: { at: number; date: CalendarDate } | null = null;
  /** Bumped on every change, so views can memoise on it. */
  version = 0;

  private constructor(private readonly options: WorkspaceOptions) {
    this.index = options.matcher.createIndex();
    this.sheet = new RegisterSheet(options.host, (name) => options.matcher.dedupeKey(name));
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
    if (await this.adoptWorkbookSettings()) await this.team.refresh(this.options.store);
    for (const customer of this.team.customers.values()) this.index.add(customer.record.dedupeKey, customer.record.name);
    const sheetRows = await this.sheet.open(this.registerSettings());
    for (const row of sheetRows) if (row.record.dedupeKey && !this.rows.has(row.record.dedupeKey)) this.rows.set(row.record.dedupeKey, row);
    await this.syncSheet(changes.customers);
    await this.keepSettingsInWorkbook();
    this.unsubscribeStore = this.options.store.subscribe(() => { void this.refresh(); });
  }

  /**
   * A workbook that carries its team (a file a colleague passed on, or one the ribbon set up) brings its
   * roster and rules into an empty store: managers first, since the first one sets the team up.
   */
  private async adoptWorkbookSettings(): Promise<boolean> {
    if (this.team.roster.length > 0) return false;
    const saved = await readRegisterSettings(this.options.host.settings);
    const managers = saved.roster.filter((m) => m.isManager);
    if (managers.length === 0) return false;
    const actor = { name: managers[0].name };
    for (const member of [...managers, ...saved.roster.filter((m) => !m.isManager)]) {
      const entry: RosterEntry = { name: member.name, department: member.department, isManager: member.isManager, hireDate: member.hireDate };
      await this.options.store.putRosterEntry(entry, actor, this.editContext());
    }
    if (!this.team.settings) {
      const blob = JSON.parse(JSON.stringify(saved.policy)) as ClaimSettingsBlob;
      await this.options.store.saveSettings(blob, null, actor, this.editContext());
    }
    return true;
  }

  /** The file carries the team's roster and rules (the ribbon's commands and the live check read them there). */
  private async keepSettingsInWorkbook(): Promise<void> {
    const { settings } = this.options.host;
    await saveRoster(settings, this.members);
    if (this.team.settings) await saveWorkbookPolicy(settings, this.policy);
  }

  /** What the register services need to know of the team: its rules and roster. */
  private registerSettings(): RegisterSettings {
    return { policy: this.policy, roster: this.members, columnMapping: null, policyProblems: [] };
  }

  /** After a roster or policy change: the file, the sheet's validation and highlights follow. */
  private async settingsChanged(): Promise<void> {
    await this.keepSettingsInWorkbook();
    await this.sheet.applyRules(this.registerSettings());
  }

  dispose(): void {
    this.unsubscribeStore?.();
    this.listeners.clear();
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

  records(): CustomerRecord[] {
    return [...this.team.customers.values()].map((c) => c.record);
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
    const matches = this.index.query(query, limit).map((match): MatchView => {
      const record = this.team.customers.get(match.id)?.record ?? null;
      const state = record ? claimStateOf(record, [], policy) : null;
      const claim = state?.claims[0];
      const tier = tierOf(claim, policy, today);
      return {
        key: match.id, name: match.name, verdict: match.verdict, reasons: match.reasons, record, tier,
        protectedUntil: claim && tier === 'close' ? protectedUntil(claim, policy) : null,
        protectedBy: claim && tier !== 'open' ? protectedByMessage(claim, policy) : null,
      };
    });
    return { query, key, matches };
  }

  /** What the rules would say if the current user registered `action` for the customer named `name`. */
  decide(name: string, action: ClaimAction): ClaimDecision | null {
    const actor = this.actorMember();
    const key = this.options.matcher.dedupeKey(name.trim());
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
    return this.applyDecision(this.nameOf(key), { kind: 'release', reason }, {});
  }

  followUp(key: string, nextDate: CalendarDate | null, notes?: string): Promise<EditResult> {
    return this.applyDecision(this.nameOf(key), { kind: 'followUp', nextDate, notes }, {});
  }

  /** Manager: registers a visit/sample/deal for `rep` although the rules would block it; the reason is logged. */
  forceClaim(name: string, action: Extract<ClaimAction, { kind: 'forceClaim' }>, details: RegistrationDetails = {}): Promise<EditResult> {
    return this.applyDecision(name, action, details);
  }

  /** Manager: hands a customer to another rep with a reason. */
  transfer(key: string, to: string, reason: string): Promise<EditResult> {
    return this.applyDecision(this.nameOf(key), { kind: 'transfer', to, reason }, {});
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

  /** Where the register sits in the workbook (for printing it). */
  get layout(): RegisterLayout {
    return this.sheet.layout;
  }

  /**
   * The live check of rows typed or pasted into the register sheet: each changed row gets its 查重键, and a
   * name that is another row's customer (同一客户) or looks like one (疑似重复 / 关联公司) is marked with the
   * reason; a row that is fine loses its mark. Returns the last name typed, for the pane to show its verdict.
   */
  async checkSheetChange(change: SheetChange): Promise<string | null> {
    const { sheet, columns, firstDataRow, columnCount } = this.sheet.layout;
    if (change.sheet !== sheet) return null;
    const nameColumn = columns.name;
    if (change.range.left > nameColumn || change.range.right < nameColumn) return null;
    const top = Math.max(change.range.top, firstDataRow);
    if (change.range.bottom < top) return null;
    const names = await this.options.host.readRange(sheet, { top, left: nameColumn, bottom: change.range.bottom, right: nameColumn });
    const keys: CellValue[][] = [];
    const marks: RowMark[] = [];
    let typed: string | null = null;
    names.forEach(([cell], i) => {
      const row = top + i;
      const name = typeof cell === 'string' ? cell.trim() : cell === null ? '' : String(cell);
      const key = name ? this.options.matcher.dedupeKey(name) : '';
      keys.push([key]);
      if (name) typed = name;
      marks.push({ row, noteColumn: nameColumn, ...this.markFor(name, key, row) });
    });
    await this.options.host.writeRange(sheet, top, columns.dedupeKey, keys, [TEXT_FORMAT]);
    await this.options.host.markRows(sheet, marks, { left: 0, right: columnCount - 1 });
    return typed;
  }

  /** The customer name on a sheet row (the row the user selected), or null. */
  async nameAtRow(row: number): Promise<string | null> {
    const { sheet, columns, firstDataRow } = this.sheet.layout;
    if (row < firstDataRow) return null;
    const [[cell]] = await this.options.host.readRange(sheet, { top: row, left: columns.name, bottom: row, right: columns.name });
    return typeof cell === 'string' && cell.trim() ? cell.trim() : null;
  }

  private markFor(name: string, key: string, row: number): Pick<RowMark, 'fill' | 'note'> {
    if (!key) return { fill: null, note: null };
    const own = this.rows.get(key);
    const others = this.lookup(name, 3).matches.filter((m) => !(m.key === key && own?.row === row));
    const [top] = others;
    if (!top) return { fill: null, note: null };
    const zh = (m: Message) => formatMessage(m, 'zh-CN');
    const verdict = formatMessage(message(`taskpane.verdict.${top.verdict}`), 'zh-CN');
    const who = top.protectedBy ? zh(top.protectedBy) : top.record ? `${top.record.rep}（${STATUS_LABELS[top.record.status]}）` : '';
    const note = `${ROW_MARK_NOTE_PREFIX}${verdict}：${top.name}。${top.reasons.map(zh).join('；')}${who ? `。${who}` : ''}`;
    return { fill: top.verdict === 'duplicate' ? ROW_MARK_FILLS.blocked : ROW_MARK_FILLS.warning, note };
  }

  /** Follows the store (another tab, the sync engine): new rows are added to the sheet, changed ones rewritten. */
  async refresh(): Promise<void> {
    const changes = await this.team.refresh(this.options.store);
    if (changes.customers.length === 0 && changes.removedKeys.length === 0 && !changes.rosterChanged
      && !changes.settingsChanged && changes.activitiesAdded === 0) return;
    this.applyToIndex(changes);
    await this.syncSheet(changes.customers);
  }

  // ——— internals ———

  private async applyDecision(name: string, action: ClaimAction, details: RegistrationDetails): Promise<EditResult> {
    const actor = this.actorMember();
    if (!actor) return { ok: false, decision: null, reasons: [message('taskpane.user.required')] };
    const trimmed = name.trim();
    const key = this.options.matcher.dedupeKey(trimmed);
    if (!key) return { ok: false, decision: null, reasons: [message('taskpane.check.nameRequired')] };
    const decision = decideClaim(this.stateFor(key, trimmed), action, this.context(actor, key));
    const context = this.editContext();
    if (decision.outcome === 'block') {
      await this.logDecision(decision, trimmed, context);
      await this.refresh();
      return { ok: false, decision, reasons: decision.reasons };
    }

    const existing = this.team.customers.get(key);
    const base: CustomerRecord = existing?.record ?? {
      ...emptyCustomerRecord(), name: trimmed, dedupeKey: key, seq: this.nextSeq(),
    };
    const withDetails: CustomerRecord = {
      ...base,
      contactPerson: details.contactPerson?.trim() || base.contactPerson,
      phone: details.phone?.trim() || base.phone,
      remarks: details.notes?.trim() ? [base.remarks, details.notes.trim()].filter(Boolean).join('；') : base.remarks,
    };
    const next = recordAfter(withDetails, decision.next, this.policy, this.team.roster);
    const saved = await this.save(existing, next, action, context);
    if (!saved.ok) return { ok: false, decision, reasons: [saved.reason] };
    await this.logDecision(decision, trimmed, context);
    await this.refresh();
    return { ok: true, decision, record: saved.customer.record };
  }

  private async save(
    existing: StoredCustomer | undefined, next: CustomerRecord, action: ClaimAction, context: EditContext,
  ): Promise<{ ok: true; customer: StoredCustomer } | { ok: false; reason: Message }> {
    const { store } = this.options;
    const actor = this.actor();
    if (!existing) {
      const claimed = await store.claim(next, actor, context);
      return claimed.ok ? claimed : { ok: false, reason: claimed.reason };
    }
    // A colleague's call on someone else's customer changes nobody's row: only the log records it.
    const keepsOwner = next.rep === existing.record.rep && existing.record.rep !== actor.name;
    if (keepsOwner && !this.currentUser?.isManager) return { ok: true, customer: existing };
    let version = existing.version;
    // The store moves a customer to someone other than the actor only as a transfer (with its reason).
    if (next.rep !== existing.record.rep && next.rep !== actor.name) {
      const reason = action.kind === 'transfer' || action.kind === 'forceClaim' ? action.reason : '';
      const moved = await store.transferCustomer(
        { dedupeKey: next.dedupeKey, toRep: next.rep, reason, expectedVersion: version }, actor, { ...context, editId: `${context.editId}:transfer` });
      if (!moved.ok) return { ok: false, reason: moved.reason };
      version = moved.customer.version;
      if (action.kind === 'transfer') return moved;
    }
    const updated = await store.updateCustomer(next, version, actor, context);
    return updated.ok ? updated : { ok: false, reason: updated.reason };
  }

  /** The rules' log entries (contacts, collisions, overrides, expiries) go to the store's activity log. */
  private async logDecision(decision: ClaimDecision, name: string, context: EditContext): Promise<void> {
    let n = 0;
    for (const entry of decision.log) {
      const activity = storedActivity(entry, name, `${context.editId}:${n++}`);
      if (activity) await this.options.store.appendActivity(activity);
    }
  }

  private stateFor(key: string, name: string): ClaimState {
    const { policy } = this;
    const existing = this.team.customers.get(key);
    const parentKey = key.includes('·') ? key.slice(0, key.indexOf('·')) : null;
    return existing
      ? claimStateOf(existing.record, this.team.activitiesOf(key), policy, parentKey)
      : { ...newClaimState(key, name, { parentKey }), history: [] };
  }

  private context(actor: RosterMember, key: string): ClaimContext {
    const parentKey = key.includes('·') ? key.slice(0, key.indexOf('·')) : null;
    const parent = parentKey ? this.team.customers.get(parentKey) : undefined;
    return {
      actor, roster: this.members, policy: this.policy, today: this.today, closeCounts: this.closeCounts(),
      parent: parent ? claimStateOf(parent.record, [], this.policy) : null,
    };
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
    return this.team.customers.get(key)?.record.name ?? key;
  }

  private nextSeq(): number {
    let max = 0;
    for (const c of this.team.customers.values()) max = Math.max(max, c.record.seq ?? 0);
    for (const row of this.rows.values()) max = Math.max(max, row.record.seq ?? 0);
    return max + 1;
  }

  private applyToIndex(changes: TeamChanges): void {
    for (const key of changes.removedKeys) this.index.remove(key);
    for (const customer of changes.customers) this.index.add(customer.record.dedupeKey, customer.record.name);
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
      for (const update of updates) this.rows.set(update.record.dedupeKey, update);
      for (const added of await this.sheet.append(additions)) this.rows.set(added.record.dedupeKey, added);
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

