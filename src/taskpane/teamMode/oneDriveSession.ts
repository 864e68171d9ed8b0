import { message, type Message } from '../../i18n/message';
import type { IndexedDbSource } from '../../store/local/registerDatabase';
import type { GraphConnection } from '../../store/sharepoint/graphClient';
import { connectOwnOneDrive, notSharedReason, type OneDriveLocation, type RestFor } from '../../store/sharepoint/oneDriveRegister';
import type { Provisioned } from '../../store/sharepoint/provisioning';
import type { ListOwner } from '../../store/sync/teamLocation';
import { openTeamRegister, type TeamRegister } from '../../store/sync/teamRegister';

/**
 * What the manager consents to on the first OneDrive connection (delegated, never more than they may do
 * themselves): their profile (User.Read, the account the roster maps), where their OneDrive is (Files.Read)
 * and creating lists in it (Sites.Manage.All). SharePoint REST on the OneDrive's own host (a different token
 * audience from team sites) is asked for with the admin's `sharePointScopes`, AllSites.FullControl.
 */
export const ONEDRIVE_OWNER_SCOPES = [
  'https://graph.microsoft.com/Files.Read', 'https://graph.microsoft.com/Sites.Manage.All', 'https://graph.microsoft.com/User.Read',
];

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

/**
 * On a manager's OneDrive, "no access" (403) and "no such list" (404) mean the lists are not, or no longer,
 * shared with this account: the rep is told whom to ask instead of "sign in again".
 */
export function explainAccess(reason: Message | null, owner: ListOwner | undefined): Message | null {
  if (!reason || !owner) return reason;
  const denied = reason.key === 'store.unavailable.signIn' || (reason.key === 'store.unavailable.server' && reason.params?.status === 404);
  return denied ? notSharedReason(owner) : reason;
}
