import type { Provisioned } from './provisioning';
import { provisionLists, resolveSite } from './provisioning';
import { createGraphClient, type GraphConnection } from './graphClient';
import type { Sleep } from './graphBatch';
import { DEFAULT_LIST_PREFIX } from './listSchema';
import { SharePointClaimStore } from './sharePointClaimStore';
import { SharePointLists } from './sharePointLists';

/** What the admin types once: the site, and optionally a prefix so several teams can share one site. */
export interface SharePointConfig {
  siteUrl: string;
  listPrefix?: string;
  /** The admin's first connection: create the lists and columns (needs Sites.Manage.All). */
  provision?: boolean;
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
  const lists = await provisionLists(client, site.value, config.listPrefix ?? DEFAULT_LIST_PREFIX, config.provision ?? false);
  if (!lists.ok) return lists;
  return { ok: true, value: new SharePointClaimStore(new SharePointLists(client, site.value, lists.value), options.sleep) };
}
