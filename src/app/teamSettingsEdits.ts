import type { ClaimPolicyChanges } from '../core/claims';
import type { Message } from '../i18n/message';
import type { ClaimSettingsBlob, EditOutcome, RosterEntry } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import { refreshFromStore } from './sheetSync';
import { keepTeamInWorkbook } from './workbookTeam';

/** The roster and rules travel with the workbook too, so the ribbon's commands and WPS read the same team. */
export function keepSettingsInWorkbook(model: RegisterModel): Promise<void> {
  return keepTeamInWorkbook(model.host.settings, model.members, model.team.settings ? model.policy : null);
}

/** After a roster or policy change: the file, the sheet's validation and highlights, and every row's marks follow. */
async function settingsChanged(model: RegisterModel): Promise<void> {
  await keepSettingsInWorkbook(model);
  if (model.session) await model.session.update({ settings: model.registerSettings(), today: model.today });
  else await model.sheet.applyRules(model.registerSettings());
}

/** One roster or rules edit: the store decides (managers only, where the data lives), then everything follows. */
async function teamEdit(model: RegisterModel, outcome: EditOutcome): Promise<Message | null> {
  if (!outcome.ok) return outcome.reason;
  await refreshFromStore(model);
  await settingsChanged(model);
  return null;
}

export async function saveRosterEntry(model: RegisterModel, entry: RosterEntry): Promise<Message | null> {
  return teamEdit(model, await model.store.putRosterEntry(entry, model.actor(), model.editContext()));
}

export async function removeRosterEntry(model: RegisterModel, name: string): Promise<Message | null> {
  return teamEdit(model, await model.store.removeRosterEntry(name, model.actor(), model.editContext()));
}

export async function savePolicy(model: RegisterModel, changes: ClaimPolicyChanges): Promise<Message | null> {
  const blob = JSON.parse(JSON.stringify(changes)) as ClaimSettingsBlob;
  return teamEdit(model, await model.store.saveSettings(blob, model.settingsVersion, model.actor(), model.editContext()));
}
