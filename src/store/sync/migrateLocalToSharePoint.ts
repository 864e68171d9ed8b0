import type { CalendarDate } from '../../core/dates/calendarDate';
import { auditNames } from '../../core/names';
import type { CustomerRecord } from '../../core/register/customerRecord';
import { message, type Message } from '../../i18n/message';
import type { Actor, ClaimStore, EditContext, StoredCustomer } from '../claimStore';
import type { SharePointClaimStore } from '../sharepoint/sharePointClaimStore';

/** Possible duplicates found in the local register before upload: names to look at, and why. */
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
 * Moves a workbook's local register onto the team's SharePoint lists. First the names are audited, so
 * duplicates hiding behind different spellings are settled before they meet the team's list; then the
 * roster (managers first), the rules if the site has none yet, the rows and the log go up in $batch
 * requests. Row edit ids are derived from the 查重键, so an interrupted migration can simply be run again.
 * Rows a colleague had already registered are reported with their owner, never overwritten.
 */
export async function migrateLocalToSharePoint(
  local: ClaimStore, remote: SharePointClaimStore, options: MigrationOptions,
): Promise<MigrationOutcome> {
  const customers = await local.listCustomers();
  const groups = duplicateGroups(customers);
  if (groups.length > 0 && !options.duplicatesReviewed) {
    return { ok: false, problem: 'review', groups, reason: message('store.migration.reviewDuplicates', { count: groups.length }) };
  }
  const context = (editId: string): EditContext => ({ editId, today: options.today });

  const roster = [...await local.getRoster()].sort((a, b) => rosterOrder(a, options.actor) - rosterOrder(b, options.actor));
  for (const entry of roster) {
    const outcome = await remote.putRosterEntry(entry, options.actor, context(`migrate:roster:${entry.name}`));
    if (!outcome.ok) return { ok: false, problem: 'forbidden', reason: outcome.reason };
  }
  const settings = await local.getSettings();
  if (settings && !(await remote.getSettings())) {
    const outcome = await remote.saveSettings(settings.settings, null, options.actor, context('migrate:settings'));
    if (!outcome.ok && outcome.problem === 'forbidden') return { ok: false, problem: 'forbidden', reason: outcome.reason };
  }

  const imported = await remote.importCustomers(customers.map((c) => ({ record: c.record, editId: `migrate:${c.record.dedupeKey}` })));
  const activities = await remote.importActivities(await local.listActivities());
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

/** The migrating manager first, then other managers: the remote roster accepts edits from managers only. */
function rosterOrder(entry: { name: string; isManager: boolean }, actor: Actor): number {
  if (entry.name === actor.name && entry.isManager) return 0;
  return entry.isManager ? 1 : 2;
}
