import type { ListKey } from '../listSchema';
import type { ListIds } from '../sharePointLists';
import {
  addToGroup, ensureGroup, ensurePermissionLevel, grantListRole, revokeListRoles, setGroupOwner, setWriteSecurity,
  stopInheriting,
} from './grantListRole';
import { PERMISSION_LEVELS, type LevelKey } from './permissionLevels';
import { SharePointRestError, type SharePointRest } from './sharePointRest';

/** The two SharePoint groups the register's permissions are granted to. */
export interface RegisterGroups {
  managers: number;
  reps: number;
}

export function groupTitles(prefix: string): { managers: string; reps: string } {
  return { managers: `${prefix} Managers`, reps: `${prefix} Reps` };
}

/**
 * Who gets which level on which list. Managers are refused edits of the log like everybody: nobody but the
 * site owners (IT) can rewrite it. WriteSecurity 2 on customers makes "edit" mean "edit rows you created";
 * the managers' level overrides it.
 */
export const REGISTER_GRANTS: Record<ListKey, { managers: LevelKey; reps: LevelKey; writeSecurity: 1 | 2 }> = {
  customers: { managers: 'manager', reps: 'repCustomers', writeSecurity: 2 },
  activities: { managers: 'appendOnly', reps: 'appendOnly', writeSecurity: 1 },
  roster: { managers: 'manager', reps: 'read', writeSecurity: 1 },
  settings: { managers: 'manager', reps: 'read', writeSecurity: 1 },
};

export interface PermissionSetUp {
  lists: ListIds;
  prefix: string;
  /** The person running the set-up (the first manager), put in the managers group. */
  admin: string;
  /**
   * Principals whose access the lists must not keep from the site (a team site's members group, which has
   * Edit there). Null on a site that has none (a OneDrive personal site).
   */
  siteMembersGroup: number | null;
}

/**
 * Sets the register's permissions on a site: the permission levels, the managers and reps groups (managers
 * own the reps group, so they can add a new rep without site rights), then per list: stop inheriting, drop
 * the site members' Edit, grant the levels, WriteSecurity. Running it again changes nothing.
 */
export async function provisionRegisterPermissions(rest: SharePointRest, setUp: PermissionSetUp): Promise<RegisterGroups> {
  const levels = {} as Record<LevelKey, number>;
  for (const key of Object.keys(PERMISSION_LEVELS) as LevelKey[]) levels[key] = await ensurePermissionLevel(rest, PERMISSION_LEVELS[key]);
  const titles = groupTitles(setUp.prefix);
  const groups: RegisterGroups = { managers: await ensureGroup(rest, titles.managers), reps: await ensureGroup(rest, titles.reps) };
  await setGroupOwner(rest, groups.reps, groups.managers);
  await setGroupOwner(rest, groups.managers, groups.managers);
  await addToGroup(rest, groups.managers, setUp.admin);
  for (const key of Object.keys(REGISTER_GRANTS) as ListKey[]) {
    const listId = setUp.lists[key];
    const grant = REGISTER_GRANTS[key];
    await stopInheriting(rest, listId);
    if (setUp.siteMembersGroup !== null) await revokeListRoles(rest, listId, setUp.siteMembersGroup);
    await grantListRole(rest, listId, groups.managers, levels[grant.managers]);
    await grantListRole(rest, listId, groups.reps, levels[grant.reps]);
    await setWriteSecurity(rest, listId, grant.writeSecurity);
  }
  return groups;
}

/** The site's members group, when it has one (a team site does; a OneDrive personal site does not). */
export async function siteMembersGroup(rest: SharePointRest): Promise<number | null> {
  try {
    const group = await rest.get<{ Id?: number }>('/associatedmembergroup');
    return typeof group.Id === 'number' ? group.Id : null;
  } catch (error) {
    if (error instanceof SharePointRestError && error.status === 404) return null;
    throw error;
  }
}
