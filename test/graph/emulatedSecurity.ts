import { GraphFailure } from './emulatedList';

/**
 * SharePoint's permission model, as far as the register relies on it: users and site groups, permission
 * levels (role definitions) as base-permission masks, role assignments on the web and on lists that stopped
 * inheriting, and a list's WriteSecurity ("create items and edit items that were created by the user").
 * Bit numbers are SP.PermissionKind's (bit k is 1 << (k − 1) of the 64-bit mask, split Low/High).
 */
export const PermissionKind = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, CancelCheckout: 9, ManageLists: 12,
  ViewFormPages: 13, Open: 17, ViewPages: 18, ManagePermissions: 25,
} as const;
export type PermissionName = keyof typeof PermissionKind;

export function maskOf(...kinds: PermissionName[]): bigint {
  return kinds.reduce((mask, kind) => mask | (1n << BigInt(PermissionKind[kind] - 1)), 0n);
}

/** SharePoint's JSON for a mask: two 32-bit halves as decimal strings. */
export function maskFromBasePermissions(value: { High?: string | number; Low?: string | number } | undefined): bigint {
  return (BigInt(value?.High ?? 0) << 32n) | BigInt(value?.Low ?? 0);
}

const ALL = (1n << 64n) - 1n;

export interface EmulatedUser {
  id: number;
  loginName: string;
  email: string;
  title: string;
  /** Graph's user id (an Entra object id). */
  aadId: string;
}

export interface EmulatedGroup {
  id: number;
  title: string;
  members: Set<number>;
  /** A user or group whose members may change this group's membership without ManagePermissions. */
  ownerId: number | null;
}

export interface RoleDefinition {
  id: number;
  name: string;
  mask: bigint;
}

export interface RoleAssignment {
  principalId: number;
  roleDefId: number;
}

/** What a list (or the web) holds for security; a list inherits the web's until it breaks inheritance. */
export interface SecurableScope {
  inherits: boolean;
  assignments: RoleAssignment[];
}

export class SiteSecurity {
  readonly users = new Map<number, EmulatedUser>();
  readonly groups = new Map<number, EmulatedGroup>();
  readonly roleDefinitions = new Map<number, RoleDefinition>();
  readonly web: SecurableScope = { inherits: false, assignments: [] };
  readonly owners: EmulatedGroup;
  readonly members: EmulatedGroup;
  readonly visitors: EmulatedGroup;
  private nextPrincipal = 3;

  constructor(siteTitle: string) {
    for (const [id, name, mask] of [
      [1073741829, 'Full Control', ALL],
      [1073741830, 'Edit', maskOf('ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems', 'ManageLists', 'ViewFormPages', 'Open', 'ViewPages')],
      [1073741827, 'Contribute', maskOf('ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems', 'ViewFormPages', 'Open', 'ViewPages')],
      [1073741826, 'Read', maskOf('ViewListItems', 'ViewFormPages', 'Open', 'ViewPages')],
    ] as const) this.roleDefinitions.set(id, { id, name, mask });
    this.owners = this.addGroup(`${siteTitle} Owners`);
    this.members = this.addGroup(`${siteTitle} Members`);
    this.visitors = this.addGroup(`${siteTitle} Visitors`);
    // A new team site: owners Full Control, members Edit, visitors Read.
    this.web.assignments.push(
      { principalId: this.owners.id, roleDefId: 1073741829 },
      { principalId: this.members.id, roleDefId: 1073741830 },
      { principalId: this.visitors.id, roleDefId: 1073741826 },
    );
  }

  addGroup(title: string): EmulatedGroup {
    if ([...this.groups.values()].some((g) => g.title.toLowerCase() === title.toLowerCase())) {
      throw new GraphFailure(409, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
    }
    const group: EmulatedGroup = { id: this.nextPrincipal++, title, members: new Set(), ownerId: null };
    this.groups.set(group.id, group);
    return group;
  }

  /** ensureuser: the site's user for a login (i:0#.f|membership|upn) or plain e-mail, added on first use. */
  ensureUser(logonName: string, directory: ReadonlyMap<string, Omit<EmulatedUser, 'id'>>): EmulatedUser {
    const email = logonName.replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
    const existing = [...this.users.values()].find((u) => u.email === email);
    if (existing) return existing;
    const known = directory.get(email);
    if (!known) throw new GraphFailure(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
    const user: EmulatedUser = { ...known, id: this.nextPrincipal++ };
    this.users.set(user.id, user);
    return user;
  }

  addRoleDefinition(name: string, mask: bigint): RoleDefinition {
    if ([...this.roleDefinitions.values()].some((r) => r.name.toLowerCase() === name.toLowerCase())) {
      throw new GraphFailure(409, '-2130575293, Microsoft.SharePoint.SPException', 'A permission level with this name already exists.');
    }
    const definition: RoleDefinition = { id: 1073741924 + this.roleDefinitions.size, name, mask };
    this.roleDefinitions.set(definition.id, definition);
    return definition;
  }

  principal(id: number): EmulatedUser | EmulatedGroup {
    const found = this.users.get(id) ?? this.groups.get(id);
    if (!found) throw new GraphFailure(404, '-2146232832, Microsoft.SharePoint.SPException', 'Principal not found.');
    return found;
  }

  /** The union of the levels granted to the user and to every group the user is in, on the scope in force. */
  effective(userId: number, scope: SecurableScope): bigint {
    const assignments = scope.inherits ? this.web.assignments : scope.assignments;
    let mask = 0n;
    for (const { principalId, roleDefId } of assignments) {
      const group = this.groups.get(principalId);
      if (principalId === userId || group?.members.has(userId)) mask |= this.roleDefinitions.get(roleDefId)?.mask ?? 0n;
    }
    return mask;
  }

  has(userId: number, scope: SecurableScope, kind: PermissionName): boolean {
    return (this.effective(userId, scope) & maskOf(kind)) !== 0n;
  }

  /** Group membership: site permission managers, or whoever owns the group (or is in the owning group). */
  demandGroupEdit(userId: number, group: EmulatedGroup): void {
    const owner = group.ownerId === null ? undefined : this.groups.get(group.ownerId);
    if (group.ownerId === userId || owner?.members.has(userId)) return;
    this.demand(userId, this.web, 'ManagePermissions');
  }

  /** What SharePoint answers through Graph when the token's user lacks a permission. */
  demand(userId: number, scope: SecurableScope, kind: PermissionName): void {
    if (!this.has(userId, scope, kind)) throw accessDenied();
  }
}

export function accessDenied(): GraphFailure {
  return new GraphFailure(403, 'accessDenied', 'Access denied');
}
