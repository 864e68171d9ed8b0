import type { ClaimPolicy, RosterMember } from '../core/claims';
import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import type { ClaimSettingsBlob, ClaimStore, EditContext, RosterEntry } from '../store/claimStore';
import { readRegisterSettings, savePolicy, saveRoster } from './registerSettings';

/**
 * A workbook that carries its team (a file a colleague passed on, or one the ribbon set up) brings its
 * roster and rules into a store that has none: managers first, since the first one sets the team up.
 * Returns whether anything was brought in.
 */
export async function bringWorkbookTeamIntoStore(
  settings: WorkbookSettings, store: ClaimStore, storeHas: { roster: boolean; settings: boolean }, editContext: () => EditContext,
): Promise<boolean> {
  if (storeHas.roster) return false;
  const saved = await readRegisterSettings(settings);
  const managers = saved.roster.filter((m) => m.isManager);
  if (managers.length === 0) return false;
  const actor = { name: managers[0].name };
  for (const member of [...managers, ...saved.roster.filter((m) => !m.isManager)]) {
    const entry: RosterEntry = { name: member.name, department: member.department, isManager: member.isManager, hireDate: member.hireDate };
    await store.putRosterEntry(entry, actor, editContext());
  }
  if (!storeHas.settings) {
    const blob = JSON.parse(JSON.stringify(saved.policy)) as ClaimSettingsBlob;
    await store.saveSettings(blob, null, actor, editContext());
  }
  return true;
}

/** The file carries the team's roster and rules (the ribbon's commands and the live check read them there). */
export async function keepTeamInWorkbook(settings: WorkbookSettings, members: readonly RosterMember[], policy: ClaimPolicy | null): Promise<void> {
  await saveRoster(settings, [...members]);
  if (policy) await savePolicy(settings, policy);
}
