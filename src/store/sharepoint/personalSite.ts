import type { Client } from '@microsoft/microsoft-graph-client';
import { message } from '../../i18n/message';
import { asUnavailable, classifyGraphError } from './graphErrors';
import { resolveSite, type Provisioned } from './provisioning';

/** The signed-in person's OneDrive for Business: the personal SharePoint site that holds their "My lists". */
export interface PersonalSite {
  /** The Graph site id ("host,site-guid,web-guid"). */
  siteId: string;
  /** https://contoso-my.sharepoint.com/personal/wang_contoso_com — also the SharePoint REST base for sharing. */
  siteUrl: string;
  /** Who owns it, as the workbook shows it to reps ("ask 王经理 to share the lists"). */
  owner: { displayName: string; email: string };
}

interface DriveJson {
  driveType?: string;
  owner?: { user?: { displayName?: string; email?: string } };
  sharepointIds?: { siteId?: string; siteUrl?: string };
}

/**
 * Finds the signed-in user's OneDrive site: `/me/drive` names it in `sharepointIds`, then the site URL is
 * resolved to its Graph id the same way a team site's is. A personal Microsoft account has a consumer
 * OneDrive (driveType "personal", no SharePoint behind it, so no lists) and is told so; a work account whose
 * OneDrive was never opened has no drive yet (404) and is told to open OneDrive once.
 */
export async function findPersonalSite(client: Client): Promise<Provisioned<PersonalSite>> {
  let drive: DriveJson;
  try {
    drive = await client.api('/me/drive').select('driveType,owner,sharepointIds').get() as DriveJson;
  } catch (error) {
    if (classifyGraphError(error).kind === 'notFound') return { ok: false, reason: message('oneDrive.noDrive') };
    throw asUnavailable(error);
  }
  const siteUrl = drive.sharepointIds?.siteUrl;
  if (drive.driveType !== 'business' || !siteUrl) return { ok: false, reason: message('oneDrive.consumerAccount') };
  const site = await resolveSite(client, siteUrl);
  if (!site.ok) return site;
  const user = drive.owner?.user;
  return {
    ok: true,
    value: { siteId: site.value, siteUrl, owner: { displayName: user?.displayName ?? '', email: user?.email ?? '' } },
  };
}
