import type { WorkbookSettings } from '../../hosts/spreadsheetHost';
import type { TeamLocation } from '../../store/sync/teamLocation';

/** The workbook setting that says where its register lives when it is not the local store. */
export const TEAM_SETTING = 'teamMode';

/**
 * A workbook's team-mode configuration. The client id and tenant name the company's own app registration:
 * not secrets, but never in the repository — the admin types them (or the build supplies defaults).
 */
export interface TeamConnection {
  clientId: string;
  tenantId: string;
  /** Set while the workbook is in team mode; null when it uses its local store. */
  location: TeamLocation | null;
}

/** Defaults a company can bake into its own build (webpack DefinePlugin); empty in the public build. */
export interface BuildSignIn {
  clientId: string;
  tenantId: string;
}

export async function readTeamConnection(settings: WorkbookSettings, defaults: BuildSignIn): Promise<TeamConnection> {
  const saved = await settings.get<Partial<TeamConnection>>(TEAM_SETTING);
  return {
    clientId: saved?.clientId || defaults.clientId,
    tenantId: saved?.tenantId || defaults.tenantId,
    location: saved?.location ?? null,
  };
}

export function saveTeamConnection(settings: WorkbookSettings, connection: TeamConnection): Promise<void> {
  return settings.set(TEAM_SETTING, connection);
}
