import { claimPolicy, validatePolicy, type ClaimPolicy, type ClaimPolicyChanges } from '../core/claims/claimPolicy';
import type { RosterMember } from '../core/claims/roster';
import { isCalendarDate } from '../core/dates/calendarDate';
import { REGISTER_COLUMNS } from '../core/register/registerSchema';
import type { Message } from '../i18n/message';
import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import type { ColumnMapping } from './registerLayout';

/** Keys in the workbook's settings, so a register file carries its rules wherever it is copied. */
const KEYS = { policy: 'policy', roster: 'roster', columns: 'columns' } as const;

export interface RegisterSettings {
  policy: ClaimPolicy;
  roster: RosterMember[];
  /** An adopted sheet's confirmed column headers; null for a register the add-in created. */
  columnMapping: ColumnMapping | null;
  /** What was wrong with the saved policy when the defaults apply instead (show under host.register.settingsReset). */
  policyProblems: Message[];
}

function isRosterMember(value: unknown): value is RosterMember {
  const m = value as Partial<RosterMember> | null;
  return !!m && typeof m.name === 'string' && m.name.trim() !== '' && typeof m.department === 'string'
    && typeof m.isManager === 'boolean' && isCalendarDate(m.hireDate);
}

/** A mapping saved before ignored headers were kept (or with a broken list) ignores nothing. */
function withIgnoredList(mapping: ColumnMapping): ColumnMapping {
  const { ignored } = mapping;
  return { ...mapping, ignored: Array.isArray(ignored) ? ignored.filter((text) => typeof text === 'string') : [] };
}

/** The team's policy, roster and column mapping from the workbook; what is missing or broken falls back to defaults. */
export async function readRegisterSettings(settings: WorkbookSettings): Promise<RegisterSettings> {
  const [changes, roster, columns] = await Promise.all([
    settings.get<ClaimPolicyChanges>(KEYS.policy),
    settings.get<unknown[]>(KEYS.roster),
    settings.get<ColumnMapping>(KEYS.columns),
  ]);
  const saved = claimPolicy(changes && typeof changes === 'object' ? changes : {});
  const policyProblems = validatePolicy(saved);
  return {
    policy: policyProblems.length > 0 ? claimPolicy() : saved,
    roster: Array.isArray(roster) ? roster.filter(isRosterMember) : [],
    columnMapping: columns && typeof columns === 'object' ? withIgnoredList(columns) : null,
    policyProblems,
  };
}

/** Saves a manager's policy changes (only what differs from the defaults is kept, so new defaults still reach old files). */
export async function savePolicy(settings: WorkbookSettings, changes: ClaimPolicyChanges): Promise<Message[]> {
  const problems = validatePolicy(claimPolicy(changes));
  if (problems.length === 0) await settings.set(KEYS.policy, changes);
  return problems;
}

export function saveRoster(settings: WorkbookSettings, roster: RosterMember[]): Promise<void> {
  return settings.set(KEYS.roster, roster);
}

/**
 * Saves an adopted sheet's confirmed mapping. Every header of the team's block that the mapping does not name
 * was set to 不导入, and is kept as ignored so that reopening the register does not match it by its words.
 */
export function saveColumnMapping(settings: WorkbookSettings, mapping: ColumnMapping, header: readonly string[]): Promise<void> {
  const named = new Set(REGISTER_COLUMNS.map((c) => mapping[c.field]));
  const ignored = [...new Set(header.filter((text) => text.trim() !== '' && !named.has(text)))];
  return settings.set(KEYS.columns, { ...mapping, ignored });
}
