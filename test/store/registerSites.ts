import { EmulatedPersonalSite } from '../graph/emulatedPersonalSite';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';

/**
 * Where a team's shared register can live, as emulated sites: the race and fault tests run on each, so the
 * manager's OneDrive keeps every guarantee a team site gives.
 */
export const REGISTER_SITES: [string, () => Promise<EmulatedTeamSite>][] = [
  ['team site', () => EmulatedTeamSite.start()],
  ["manager's OneDrive", () => EmulatedPersonalSite.start()],
];
