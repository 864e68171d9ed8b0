import { message } from '../../i18n/message';
import type { ListOwner, TeamLocation } from '../sync/teamLocation';
import type { Sleep } from './graphBatch';
import { createGraphClient, type GraphConnection } from './graphClient';
import { asUnavailable, classifyGraphError } from './graphErrors';
import { DEFAULT_LIST_PREFIX } from './listSchema';
import { findPersonalSite } from './personalSite';
import { provisionLists, type Provisioned } from './provisioning';
import { shareRegisterLists, type GrantListRole, type ShareMember, type ShareReport } from './shareLists';
import { SharePointClaimStore } from './sharePointClaimStore';
import { SharePointLists, type ListIds } from './sharePointLists';

export interface OwnOneDriveConfig {
  listPrefix?: string;
  /** The roster's accounts to share the lists with. */
  members: readonly ShareMember[];
  /** The identity design's "grant role on list" (SharePoint REST on the personal site). */
  grant: GrantListRole;
}

export interface OwnOneDrive {
  store: SharePointClaimStore;
  /** What the workbook keeps so reps reach the lists without typing anything. */
  location: TeamLocation & { owner: ListOwner };
  share: ShareReport;
}

/**
 * The manager's first connection to "My lists": finds their OneDrive site, creates (or completes) the same
 * four lists a team site gets — the unique, indexed 查重键 included, by the same provisioning — and shares
 * them with the roster. On their own OneDrive the owner needs no admin: they have full control there.
 */
export async function connectOwnOneDrive(
  config: OwnOneDriveConfig, connection: GraphConnection, options: { sleep?: Sleep } = {},
): Promise<Provisioned<OwnOneDrive>> {
  const client = createGraphClient(connection);
  const site = await findPersonalSite(client);
  if (!site.ok) return site;
  const { siteId, siteUrl, owner } = site.value;
  const lists = await provisionLists(client, siteId, config.listPrefix ?? DEFAULT_LIST_PREFIX, true);
  if (!lists.ok) return lists;
  const share = await shareRegisterLists(config.grant, siteUrl, lists.value, config.members, owner.email);
  return {
    ok: true,
    value: {
      store: new SharePointClaimStore(new SharePointLists(client, siteId, lists.value), options.sleep),
      location: { siteUrl, siteId, listIds: lists.value, owner },
      share,
    },
  };
}

/**
 * A rep's connection to a manager's OneDrive lists, from what the workbook remembers (no site URL to type).
 * Each list is looked up once: a list not shared with this account is invisible (404) or refused (403), and
 * the rep is told whom to ask.
 */
export async function openSharedOneDrive(
  location: TeamLocation & { owner: ListOwner }, connection: GraphConnection, options: { sleep?: Sleep } = {},
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
  return { ok: true, value: new SharePointClaimStore(new SharePointLists(client, location.siteId, location.listIds as ListIds), options.sleep) };
}

/** "王经理的 OneDrive 列表没有共享给你：请联系 王经理（wang@contoso.com）…" */
export function notSharedReason(owner: ListOwner) {
  return message('oneDrive.notShared', { manager: owner.displayName || owner.email, email: owner.email });
}
