import type { CalendarDate } from '../../core/dates/calendarDate';
import { auditNames } from '../../core/names';
import type { CustomerRecord } from '../../core/register/customerRecord';
import { message, type Message } from '../../i18n/message';
import type { Activity, Actor, ClaimStore, ClaimStoreReader, EditContext, StoredCustomer } from '../claimStore';
import type { CustomerImport, ImportedCustomer } from '../sharepoint/bulkImport';

/** Possible duplicates found in the source register before upload: names to look at, and why. */
export interface DuplicateGroup {
  kind: 'duplicate' | 'possible-duplicate';
  names: string[];
  reason: Message;
}

export type MigrationOutcome =
  | { ok: true; uploaded: number; activities: number; taken: { record: CustomerRecord; winner: StoredCustomer }[]; reason: Message }
  /** Review these first (merge or delete rows locally), then migrate again with `duplicatesReviewed`. */
  | { ok: false; problem: 'review'; groups: DuplicateGroup[]; reason: Message }
  | { ok: false; problem: 'forbidden'; reason: Message };

export interface MigrationOptions {
  actor: Actor;
  today: CalendarDate;
  /** The user has looked at the audit's groups and wants to upload anyway. */
  duplicatesReviewed?: boolean;
}

/**
 * A store that takes a whole register at once (the SharePoint store, on a team site or a OneDrive, in $batch
 * requests): rows keep their owner, dates and protection, log lines keep their ids.
 */
export interface RegisterImportTarget extends ClaimStore {
  importCustomers(rows: ImportedCustomer[]): Promise<CustomerImport>;
  importActivities(activities: Activity[]): Promise<number>;
}

/**
 * Moves a register to another store: a workbook's local register onto shared lists, or the lists of a
 * manager's OneDrive onto a team site once the company has one. First the names are audited, so duplicates
 * hiding behind different spellings are settled before they meet the target; then the roster (managers
 * first), the rules if the target has none yet, the rows and the log go up. Row edit ids are derived from
 * the 查重键, so an interrupted migration can simply be run again. Rows a colleague had already registered
 * on the target are reported with their owner, never overwritten. The source is only read.
 */
export async function migrateRegister(
  source: ClaimStoreReader, target: RegisterImportTarget, options: MigrationOptions,
): Promise<MigrationOutcome> {
  const customers = await source.listCustomers();
  const groups = duplicateGroups(customers);
  if (groups.length > 0 && !options.duplicatesReviewed) {
    return { ok: false, problem: 'review', groups, reason: message('store.migration.reviewDuplicates', { count: groups.length }) };
  }
  const context = (editId: string): EditContext => ({ editId, today: options.today });

  const roster = [...await source.getRoster()].sort((a, b) => rosterOrder(a, options.actor) - rosterOrder(b, options.actor));
  for (const entry of roster) {
    const outcome = await target.putRosterEntry(entry, options.actor, context(`migrate:roster:${entry.name}`));
    if (!outcome.ok) return { ok: false, problem: 'forbidden', reason: outcome.reason };
  }
  const settings = await source.getSettings();
  if (settings && !(await target.getSettings())) {
    const outcome = await target.saveSettings(settings.settings, null, options.actor, context('migrate:settings'));
    if (!outcome.ok && outcome.problem === 'forbidden') return { ok: false, problem: 'forbidden', reason: outcome.reason };
  }

  const imported = await target.importCustomers(customers.map((c) => ({ record: c.record, editId: `migrate:${c.record.dedupeKey}` })));
  const activities = await target.importActivities(await source.listActivities());
  return {
    ok: true,
    uploaded: imported.uploaded.length,
    activities,
    taken: imported.taken,
    reason: message('store.migration.done', { customers: imported.uploaded.length, activities, taken: imported.taken.length }),
  };
}

/** Branches (关联公司) are expected in a register; same-customer and possible-duplicate groups need a look. */
function duplicateGroups(customers: StoredCustomer[]): DuplicateGroup[] {
  const names = customers.map((c) => c.record.name);
  return auditNames(names).flatMap((group) => group.kind === 'branch' ? [] : [{
    kind: group.kind, names: group.rows.map((row) => names[row]), reason: group.reason,
  }]);
}

/** The migrating manager first, then other managers: the target's roster accepts edits from managers only. */
function rosterOrder(entry: { name: string; isManager: boolean }, actor: Actor): number {
  if (entry.name === actor.name && entry.isManager) return 0;
  return entry.isManager ? 1 : 2;
}
