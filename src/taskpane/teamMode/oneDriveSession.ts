import { message, type Message } from '../../i18n/message';
import type { IndexedDbSource } from '../../store/local/registerDatabase';
import type { GraphConnection } from '../../store/sharepoint/graphClient';
import { DEFAULT_LIST_PREFIX } from '../../store/sharepoint/listSchema';
import { connectOwnOneDrive, notSharedReason, type OneDriveLocation, type RestFor } from '../../store/sharepoint/oneDriveRegister';
import { SharePointRest } from '../../store/sharepoint/permissions/sharePointRest';
import type { Provisioned } from '../../store/sharepoint/provisioning';
import { RosterAccess } from '../../store/sharepoint/rosterAccess';
import type { ListOwner } from '../../store/sync/teamLocation';
import { openTeamRegister, type TeamRegister } from '../../store/sync/teamRegister';

/**
 * What the manager consents to on the first OneDrive connection (delegated, never more than they may do
 * themselves): where their OneDrive is (Files.Read) and creating lists in it (Sites.Manage.All) through Graph.
 */
export const ONEDRIVE_OWNER_SCOPES = ['https://graph.microsoft.com/Files.Read', 'https://graph.microsoft.com/Sites.Manage.All'];

/**
 * …and, on the OneDrive's own SharePoint host (contoso-my.sharepoint.com, a different token audience from the
 * team sites' host), the right to set the lists' permissions and groups: only FullControl allows that.
 */
export function sharePointScopes(siteUrl: string): string[] {
  return [`${new URL(siteUrl).origin}/AllSites.FullControl`];
}

/** The manager's "My lists" connection as the pane needs it: the lists, shared, with the copy and outbox open. */
export async function connectOneDriveRegister(
  graph: GraphConnection, restFor: RestFor, indexedDb?: IndexedDbSource,
): Promise<Provisioned<{ register: TeamRegister; location: OneDriveLocation; message: Message }>> {
  const connected = await connectOwnOneDrive({ restFor }, graph);
  if (!connected.ok) return connected;
  const { store, location, sharedWith } = connected.value;
  const register = openTeamRegister(store, indexedDb);
  await register.sync.sync();
  const manager = location.owner.displayName || location.owner.email;
  return { ok: true, value: { register, location, message: message('oneDrive.connected', { manager, count: sharedWith.length }) } };
}

/** Reopening a OneDrive register: roster edits keep SharePoint's groups (who the lists are shared with) in step. */
export function rosterAccessFor(location: { siteUrl: string; owner?: ListOwner }, restFor: RestFor): RosterAccess | null {
  return location.owner ? new RosterAccess(new SharePointRest(restFor(location.siteUrl)), DEFAULT_LIST_PREFIX) : null;
}

/**
 * On a manager's OneDrive, "no access" (403) and "no such list" (404) mean the lists are not, or no longer,
 * shared with this account: the rep is told whom to ask instead of "sign in again".
 */
export function explainAccess(reason: Message | null, owner: ListOwner | undefined): Message | null {
  if (!reason || !owner) return reason;
  const denied = reason.key === 'store.unavailable.signIn' || (reason.key === 'store.unavailable.server' && reason.params?.status === 404);
  return denied ? notSharedReason(owner) : reason;
}
