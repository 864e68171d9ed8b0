import { basePermissions, type PermissionLevel } from './permissionLevels';
import { SharePointRest, SharePointRestError } from './sharePointRest';

/**
 * The building blocks of the register's permissions, each one SharePoint REST call (or a lookup first, so
 * running the set-up again changes nothing). They take the site's REST client, so the same functions set up
 * a team site or a manager's OneDrive personal site.
 */

export async function ensurePermissionLevel(rest: SharePointRest, level: PermissionLevel): Promise<number> {
  const found = await lookup(() => rest.get<{ Id: number }>(`/roledefinitions/getbyname('${odata(level.name)}')`));
  if (found) return found.Id;
  const created = await rest.post<{ Id: number }>('/roledefinitions', {
    Name: level.name, Description: level.description, BasePermissions: basePermissions(level.kinds), Order: 200,
  });
  return created.Id;
}

export async function ensureGroup(rest: SharePointRest, title: string): Promise<number> {
  const found = await lookup(() => rest.get<{ Id: number }>(`/sitegroups/getbyname('${odata(title)}')`));
  if (found) return found.Id;
  return (await rest.post<{ Id: number }>('/sitegroups', { Title: title, Description: '客户登记册' })).Id;
}

/** The site user for an account (UPN or e-mail), added to the site's user list if it was not there. */
export async function ensureUser(rest: SharePointRest, account: string): Promise<number> {
  return (await rest.post<{ Id: number }>('/ensureuser', { logonName: loginName(account) })).Id;
}

export async function addToGroup(rest: SharePointRest, groupId: number, account: string): Promise<void> {
  await rest.post(`/sitegroups(${groupId})/users`, { LoginName: loginName(account) });
}

export async function removeFromGroup(rest: SharePointRest, groupId: number, userId: number): Promise<void> {
  await rest.post(`/sitegroups(${groupId})/users/removebyid(${userId})`);
}

/** Lets the members of `ownerGroupId` manage `groupId`'s membership (managers add reps without site rights). */
export async function setGroupOwner(rest: SharePointRest, groupId: number, ownerGroupId: number): Promise<void> {
  await rest.post(`/sitegroups(${groupId})/setuserasowner(${ownerGroupId})`);
}

/**
 * The list stops inheriting the site's permissions. The site's assignments are copied (so the owners keep
 * Full Control and the person running this is not locked out); the caller then removes what must not stay.
 */
export async function stopInheriting(rest: SharePointRest, listId: string): Promise<void> {
  await rest.post(`/lists(guid'${listId}')/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
}

/** Grant permission level `roleDefId` on list `listId` to principal (user or group) `principalId`. */
export async function grantListRole(rest: SharePointRest, listId: string, principalId: number, roleDefId: number): Promise<void> {
  await rest.post(`/lists(guid'${listId}')/roleassignments/addroleassignment(principalid=${principalId},roledefid=${roleDefId})`);
}

/** Removes every level a principal holds on the list (say, the site's members group after copying). */
export async function revokeListRoles(rest: SharePointRest, listId: string, principalId: number): Promise<void> {
  try {
    await rest.post(`/lists(guid'${listId}')/roleassignments/getbyprincipalid(${principalId})/deleteobject()`);
  } catch (error) {
    if (!(error instanceof SharePointRestError && error.status === 404)) throw error;
  }
}

/** 2 = "Create items and edit items that were created by the user" (edit includes delete). */
export async function setWriteSecurity(rest: SharePointRest, listId: string, value: 1 | 2): Promise<void> {
  await rest.merge(`/lists(guid'${listId}')`, { WriteSecurity: value });
}

/** The claims login SharePoint uses for a work account. */
export function loginName(account: string): string {
  return account.startsWith('i:0#.f|membership|') ? account : `i:0#.f|membership|${account.trim().toLowerCase()}`;
}

async function lookup<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SharePointRestError && error.status === 404) return null;
    throw error;
  }
}

function odata(text: string): string {
  return text.replace(/'/g, "''");
}
