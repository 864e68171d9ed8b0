import type { Provisioned } from './provisioning';
import { provisionLists, resolveSite } from './provisioning';
import { createGraphClient, type GraphConnection } from './graphClient';
import type { Sleep } from './graphBatch';
import { DEFAULT_LIST_PREFIX } from './listSchema';
import { SharePointClaimStore } from './sharePointClaimStore';
import { SharePointLists } from './sharePointLists';
import { message } from '../../i18n/message';
import { provisionRegisterPermissions, siteMembersGroup } from './permissions/registerPermissions';
import { SharePointRest, SharePointRestError, type SharePointRestConnection } from './permissions/sharePointRest';
import { RosterAccess } from './rosterAccess';

/** What the admin types once: the site, and optionally a prefix so several teams can share one site. */
export interface SharePointConfig {
  siteUrl: string;
  listPrefix?: string;
  /** The admin's first connection: create the lists and columns (needs Sites.Manage.All). */
  provision?: boolean;
  /**
   * SharePoint REST for the site (permissions Graph cannot set). With `provision`, the lists get the
   * register's permissions; a manager's store also keeps SharePoint's groups in step with the roster.
   */
  rest?: SharePointRestConnection;
}

/**
 * Opens the team store on a SharePoint site: resolves the site, finds (or, for the admin, creates) the four
 * lists, and hands back the store. User-facing failures (bad URL, no such site, lists missing, no right to
 * create them) come back as a reason; being offline is thrown as StoreUnavailableError.
 */
export async function connectSharePoint(
  config: SharePointConfig, connection: GraphConnection, options: { sleep?: Sleep } = {},
): Promise<Provisioned<SharePointClaimStore>> {
  const client = createGraphClient(connection);
  const site = await resolveSite(client, config.siteUrl);
  if (!site.ok) return site;
  const prefix = config.listPrefix ?? DEFAULT_LIST_PREFIX;
  const lists = await provisionLists(client, site.value, prefix, config.provision ?? false);
  if (!lists.ok) return lists;
  const rest = config.rest ? new SharePointRest(config.rest) : null;
  const store = new SharePointClaimStore(new SharePointLists(client, site.value, lists.value), options.sleep, rest && new RosterAccess(rest, prefix));
  if (rest && config.provision) {
    try {
      const { account } = await store.whoAmI();
      await provisionRegisterPermissions(rest, { lists: lists.value, prefix, admin: account, siteMembersGroup: await siteMembersGroup(rest) });
    } catch (error) {
      if (error instanceof SharePointRestError && error.status === 403) return { ok: false, reason: message('store.sharepoint.permissionsDenied') };
      throw error;
    }
  }
  return { ok: true, value: store };
}
