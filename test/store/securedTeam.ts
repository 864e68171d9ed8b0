import type { RosterEntry } from '../../src/store/claimStore';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { EmulatedTeamSite, TEAM_ACCOUNTS } from '../graph/emulatedTeamSite';
import { edit, LI, MANAGER, ZHANG } from './storeFixtures';

export const SECURED_ROSTER: RosterEntry[] = [
  { ...MANAGER, account: TEAM_ACCOUNTS.manager.email },
  { ...ZHANG, account: TEAM_ACCOUNTS.zhang.email },
  { ...LI, account: TEAM_ACCOUNTS.li.email },
];

export interface SecuredTeam {
  admin: SharePointClaimStore;
  manager: SharePointClaimStore;
  zhang: SharePointClaimStore;
  li: SharePointClaimStore;
}

/** Every account of the team is an ordinary member of the site (SharePoint's default for a team site). */
export function addTeamAccounts(team: EmulatedTeamSite): void {
  for (const account of Object.values(TEAM_ACCOUNTS)) team.emulator.addUser(account.token, account.email, account.name, 'member');
}

/**
 * The admin provisions lists and permissions; the first roster entry (the manager) is written while the
 * roster is still empty, then the manager adds the reps (which puts them in the reps group).
 */
export async function setUpSecuredTeam(team: EmulatedTeamSite, listPrefix: string): Promise<SecuredTeam> {
  const admin = await team.connectAs(team.emulator.acceptedToken, { listPrefix, provision: true });
  const first = await admin.putRosterEntry(SECURED_ROSTER[0], { name: MANAGER.name }, edit());
  if (!first.ok) throw new Error(`first manager: ${first.reason.key}`);
  const manager = await team.connectAs(TEAM_ACCOUNTS.manager.token, { listPrefix });
  for (const entry of SECURED_ROSTER.slice(1)) {
    const added = await manager.putRosterEntry(entry, { name: MANAGER.name }, edit());
    if (!added.ok) throw new Error(`roster ${entry.name}: ${added.reason.key}`);
  }
  return {
    admin,
    manager,
    zhang: await team.connectAs(TEAM_ACCOUNTS.zhang.token, { listPrefix }),
    li: await team.connectAs(TEAM_ACCOUNTS.li.token, { listPrefix }),
  };
}
