import { message, type Message } from '../../i18n/message';
import type { ListOwner, TeamLocation } from '../sync/teamLocation';
import type { Sleep } from './graphBatch';
import { createGraphClient, type GraphConnection } from './graphClient';
import { asUnavailable, classifyGraphError } from './graphErrors';
import { DEFAULT_LIST_PREFIX } from './listSchema';
import { provisionRegisterPermissions } from './permissions/registerPermissions';
import { SharePointRest, SharePointRestError, type SharePointRestConnection } from './permissions/sharePointRest';
import { findPersonalSite } from './personalSite';
import { provisionLists, type Provisioned } from './provisioning';
import { RosterAccess } from './rosterAccess';
import { SharePointClaimStore } from './sharePointClaimStore';
import { SharePointLists, type ListIds } from './sharePointLists';

/** SharePoint REST for a site found at run time (the OneDrive's URL is only known after /me/drive). */
export type RestFor = (siteUrl: string) => SharePointRestConnection;

export type OneDriveLocation = TeamLocation & { owner: ListOwner };

export interface OwnOneDrive {
  store: SharePointClaimStore;
  /** What the workbook keeps so reps reach the lists without typing anything. */
  location: OneDriveLocation;
  /** Roster accounts the lists are shared with (reps' or managers' rights). */
  sharedWith: string[];
}

/**
 * The manager's first connection to "My lists": finds their OneDrive site, creates (or completes) the same
 * four lists a team site gets — the unique, indexed 查重键 included, by the same provisioning — and gives
 * them the register's permissions (the identity design's levels and groups; a OneDrive has no members group
 * to take rights away from). Sharing is group membership: every roster account already on the lists is put
 * in the reps' or managers' group now, and the store keeps doing so as the manager adds people to the
 * roster (a migration's roster included). The owner needs no admin for any of it: it is their own site.
 */
export async function connectOwnOneDrive(
  config: { listPrefix?: string; restFor: RestFor }, connection: GraphConnection, options: { sleep?: Sleep } = {},
): Promise<Provisioned<OwnOneDrive>> {
  const client = createGraphClient(connection);
  const site = await findPersonalSite(client);
  if (!site.ok) return site;
  const { siteId, siteUrl, owner } = site.value;
  const prefix = config.listPrefix ?? DEFAULT_LIST_PREFIX;
  const lists = await provisionLists(client, siteId, prefix, true);
  if (!lists.ok) return lists;
  const rest = new SharePointRest(config.restFor(siteUrl));
  const access = new RosterAccess(rest, prefix);
  const store = new SharePointClaimStore(new SharePointLists(client, siteId, lists.value), options.sleep, access);
  const sharedWith: string[] = [];
  try {
    const { account } = await store.whoAmI();
    await provisionRegisterPermissions(rest, { lists: lists.value, prefix, admin: account, siteMembersGroup: null });
    for (const entry of await store.getRoster()) {
      if (!entry.account || entry.account === account) continue;
      await access.placeInGroup(entry.account, entry.isManager);
      sharedWith.push(entry.account);
    }
  } catch (error) {
    if (error instanceof SharePointRestError && error.status === 403) return { ok: false, reason: message('store.sharepoint.permissionsDenied') };
    throw error;
  }
  return { ok: true, value: { store, location: { siteUrl, siteId, listIds: lists.value, owner }, sharedWith } };
}

/**
 * A colleague's connection to a manager's OneDrive lists, from what the workbook remembers (no site URL to
 * type). Each list is looked up once: a list not shared with this account is invisible (404) or refused
 * (403), and the rep is told whom to ask. With `rest` (a manager who is not the owner) roster edits keep
 * SharePoint's groups in step, as on a team site.
 */
export async function openSharedOneDrive(
  location: OneDriveLocation, connection: GraphConnection,
  options: { sleep?: Sleep; rest?: SharePointRestConnection; listPrefix?: string } = {},
): Promise<Provisioned<SharePointClaimStore>> {
  const client = createGraphClient(connection);
  for (const listId of Object.values(location.listIds)) {
    try {
      await client.api(`/sites/${location.siteId}/lists/${listId}`).select('id').get();
    } catch (error) {
      const kind = classifyGraphError(error).kind;
      if (kind === 'forbidden' || kind === 'notFound') return { ok: false, reason: notSharedReason(location.owner) };
      throw asUnavailable(error);
    }
  }
  const access = options.rest ? new RosterAccess(new SharePointRest(options.rest), options.listPrefix ?? DEFAULT_LIST_PREFIX) : null;
  return { ok: true, value: new SharePointClaimStore(new SharePointLists(client, location.siteId, location.listIds as ListIds), options.sleep, access) };
}

/** "王经理 的 OneDrive 列表还没有共享给你…请联系 王经理（wang@contoso.com）". */
export function notSharedReason(owner: ListOwner): Message {
  return message('oneDrive.notShared', { manager: owner.displayName || owner.email, email: owner.email });
}
