import type { RosterEntry } from '../claimStore';
import { addToGroup, ensureGroup, loginName, removeFromGroup } from './permissions/grantListRole';
import { groupTitles, type RegisterGroups } from './permissions/registerPermissions';
import type { SharePointRest } from './permissions/sharePointRest';

/**
 * What a manager's roster edits and transfers change in SharePoint's own security, through its REST API:
 * group membership (the managers own the reps group, so no site rights are needed) and a transferred row's
 * author (WriteSecurity lets only the author edit, so the new owner must become it).
 */
export class RosterAccess {
  private groups: Promise<RegisterGroups> | null = null;

  constructor(readonly rest: SharePointRest, private readonly prefix: string) {}

  async placeInGroup(account: string, isManager: boolean): Promise<void> {
    const groups = await this.groupIds();
    await addToGroup(this.rest, isManager ? groups.managers : groups.reps, account);
    if (isManager) return;
    // A manager demoted to rep leaves the managers group.
    const member = await this.memberId(groups.managers, account);
    if (member !== null) await removeFromGroup(this.rest, groups.managers, member);
  }

  async removeFromGroups(account: string): Promise<void> {
    const groups = await this.groupIds();
    for (const group of [groups.reps, groups.managers]) {
      const member = await this.memberId(group, account);
      if (member !== null) await removeFromGroup(this.rest, group, member);
    }
  }

  /** Sets the item's Author to the new owner (validateUpdateListItem is the only API that can). */
  async makeAuthor(listId: string, itemId: string, owner: RosterEntry | undefined): Promise<void> {
    if (!owner?.account) return;
    await this.rest.post(`/lists(guid'${listId}')/items(${itemId})/validateupdatelistitem`, {
      formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: loginName(owner.account) }]) }],
      bNewDocumentUpdate: true,
    });
  }

  private groupIds(): Promise<RegisterGroups> {
    const titles = groupTitles(this.prefix);
    this.groups ??= (async () => ({ managers: await ensureGroup(this.rest, titles.managers), reps: await ensureGroup(this.rest, titles.reps) }))();
    return this.groups;
  }

  private async memberId(groupId: number, account: string): Promise<number | null> {
    const members = await this.rest.get<{ value: { Id: number; LoginName: string }[] }>(`/sitegroups(${groupId})/users`);
    return members.value.find((user) => user.LoginName.toLowerCase() === loginName(account))?.Id ?? null;
  }
}
