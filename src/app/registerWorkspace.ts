import type { ClaimAction, ClaimPolicyChanges, ContactAction } from '../core/claims';
import { yearMonthOf, type CalendarDate, type YearMonth } from '../core/dates/calendarDate';
import type { CustomerGrade } from '../core/register/customerRecord';
import type { Message } from '../i18n/message';
import type { RosterEntry } from '../store/claimStore';
import { writeDailyList, writeMonthlySummary, type RuleSections, type SheetWritten } from './monthlySummary';
import { applyDecision, decide, type EditResult, type PreviewedDecision, type RegistrationDetails } from './registerDecisions';
import { heldRowViews, keepRegisterRow, keepSheetRow, type HeldRowView } from './heldRowActions';
import { lookUp, type Lookup } from './registerLookup';
import { RegisterModel, type WorkspaceOptions } from './registerModel';
import { openModel } from './registerOpening';
import { refreshFromStore } from './sheetSync';
import { setCustomerGrade } from './ruleActions';
import { noteKeystroke } from './timeSlices';
import { removeRosterEntry, savePolicy, saveRosterEntry } from './teamSettingsEdits';

export type { EditResult, PreviewedDecision, RegistrationDetails } from './registerDecisions';
export type { Lookup, MatchView } from './registerLookup';
export type { CellDifference, HeldRowView } from './heldRowActions';
export type { WorkspaceOptions } from './registerModel';

/**
 * What the task pane works with: the one register model (registerModel) and the actions on it. Every question
 * the pane asks while the rep types (lookup, what would happen if I register this?) is answered synchronously
 * from memory; every edit is decided once by the claim rules, then goes to the store (which arbitrates races),
 * then to the sheet.
 */
export class RegisterWorkspace extends RegisterModel {
  /** Loads the store, opens (or creates) the register sheet and brings it up to date with the store. */
  static async open(options: WorkspaceOptions): Promise<RegisterWorkspace> {
    const workspace = new RegisterWorkspace(options);
    await openModel(workspace);
    return workspace;
  }

  /** Registered names that look like `name`, most serious first — fast enough for every keystroke. */
  lookup(name: string, limit = 8): Lookup {
    return lookUp(this, name, limit);
  }

  /** The rep typed into the name field: the work left after the open waits until the typing pauses. */
  noteKeystroke(): void {
    noteKeystroke();
  }

  /**
   * What the rules would say if the current user did `action` on the customer named `name`. Pass the
   * decision back to the action (`register(…, decision)`) to apply it as previewed.
   */
  decide(name: string, action: ClaimAction): PreviewedDecision | null {
    return decide(this, name, action);
  }

  /**
   * Registers a contact by the current user: decided by the rules (a block is logged as a collision and
   * nothing else changes) — or as `previewed`, if nothing changed since — then claimed or updated in the store,
   * then written to the register sheet.
   */
  register(name: string, action: ContactAction, details: RegistrationDetails = {}, previewed?: PreviewedDecision): Promise<EditResult> {
    return applyDecision(this, name, action, details, previewed);
  }

  release(key: string, reason?: string): Promise<EditResult> {
    return applyDecision(this, this.nameOf(key), { kind: 'release', reason, productLine: this.lineOf(key) }, {});
  }

  followUp(key: string, nextDate: CalendarDate | null, notes?: string): Promise<EditResult> {
    return applyDecision(this, this.nameOf(key), { kind: 'followUp', nextDate, notes, productLine: this.lineOf(key) }, {});
  }

  /** Manager: registers a visit/sample/deal for `rep` although the rules would block it; the reason is logged. */
  forceClaim(name: string, action: Extract<ClaimAction, { kind: 'forceClaim' }>, details: RegistrationDetails = {}): Promise<EditResult> {
    return applyDecision(this, name, action, details);
  }

  /** Manager: hands a customer to another rep with a reason; the former owner may keep a 分成比例 (whole percent). */
  transfer(key: string, to: string, reason: string, formerOwnerShare?: number, previewed?: PreviewedDecision): Promise<EditResult> {
    return applyDecision(this, this.nameOf(key), this.transferAction(key, to, reason, formerOwnerShare), {}, previewed);
  }

  /** What the rules would say about handing `key` to `to` (warnings a manager must read: grade, quota). */
  decideTransfer(key: string, to: string, reason: string, formerOwnerShare?: number): PreviewedDecision | null {
    return decide(this, this.nameOf(key), this.transferAction(key, to, reason, formerOwnerShare));
  }

  private transferAction(key: string, to: string, reason: string, formerOwnerShare?: number): ClaimAction {
    return { kind: 'transfer', to, reason, formerOwnerShare, productLine: this.lineOf(key) };
  }

  /**
   * Manager (seed 001): hands a veteran's surplus 紧密 customer — one over the quota — to a new hire with
   * room; the veteran keeps `formerOwnerShare` percent of the credit and coaches. Offered where surplusOfferFor says.
   */
  surplusTransfer(key: string, to: string, reason: string, formerOwnerShare: number, previewed?: PreviewedDecision): Promise<EditResult> {
    return applyDecision(this, this.nameOf(key), this.surplusAction(key, to, reason, formerOwnerShare), {}, previewed);
  }

  /** What the rules would say about that surplus handover (refusals, an A-grade warning). */
  decideSurplusTransfer(key: string, to: string, reason: string, formerOwnerShare: number): PreviewedDecision | null {
    return decide(this, this.nameOf(key), this.surplusAction(key, to, reason, formerOwnerShare));
  }

  private surplusAction(key: string, to: string, reason: string, formerOwnerShare: number): ClaimAction {
    return { kind: 'surplusTransfer', to, reason, formerOwnerShare, productLine: this.lineOf(key) };
  }

  /** Manager: sets 客户等级 — the customer's, so on every line's row (ruleActions); the A-grade rule reads it. */
  setGrade(key: string, grade: CustomerGrade | null): Promise<Message | null> {
    return setCustomerGrade(this, key, grade);
  }

  saveRosterEntry(entry: RosterEntry): Promise<Message | null> {
    return saveRosterEntry(this, entry);
  }

  removeRosterEntry(name: string): Promise<Message | null> {
    return removeRosterEntry(this, name);
  }

  savePolicy(changes: ClaimPolicyChanges): Promise<Message | null> {
    return savePolicy(this, changes);
  }

  /**
   * 生成月度汇总 for `month`, from the whole history: a past month reads the same whatever happened since.
   * `sections` (the rules' own tables) are read once the history is whole too.
   */
  async writeMonthlySummary(month: YearMonth, sections: (workspace: RegisterWorkspace) => RuleSections = () => ({})): Promise<SheetWritten> {
    await this.wholeHistory();
    return writeMonthlySummary(this.host, this.monthRecords(month), { today: this.today, month, roster: this.members, ...sections(this) });
  }

  /** 今日新增, from the whole history: a colleague's call today is that colleague's. */
  async writeDailyList(): Promise<SheetWritten> {
    await this.wholeHistory();
    return writeDailyList(this.host, this.monthRecords(yearMonthOf(this.today)), this.today, this.members);
  }

  /** The customer name on a sheet row (the row the user selected), or null. */
  async nameAtRow(row: number): Promise<string | null> {
    const { sheet, columns, firstDataRow } = this.layout;
    if (row < firstDataRow) return null;
    const [[cell]] = await this.host.readRange(sheet, { top: row, left: columns.name, bottom: row, right: columns.name });
    return typeof cell === 'string' && cell.trim() ? cell.trim() : null;
  }

  /**
   * Rows that showed something else than the register when it opened, for a reason the add-in cannot tell
   * (edited here and changed by a colleague, first opened on this computer, a colleague's row edited):
   * nothing is written over them until the user keeps one side.
   */
  heldRows(): HeldRowView[] {
    return heldRowViews(this);
  }

  /** Keeps the register's version of a listed row: the row is written from the store. */
  keepRegisterRow(key: string): Promise<void> {
    return keepRegisterRow(this, key);
  }

  /** The owner or a manager keeps the sheet's version of a listed row: it goes to the store as their edit. */
  keepSheetRow(key: string): Promise<void> {
    return keepSheetRow(this, key);
  }

  /** Follows the store (another tab, the sync engine): new rows are added to the sheet, changed ones rewritten. */
  refresh(): Promise<void> {
    return refreshFromStore(this);
  }
}
