import type { IndexedDbSource } from '../local/registerDatabase';
import { createGraphClient, type GraphConnection } from '../sharepoint/graphClient';
import { SharePointClaimStore } from '../sharepoint/sharePointClaimStore';
import { SharePointLists, type ListIds } from '../sharepoint/sharePointLists';
import { DEFAULT_LIST_PREFIX } from '../sharepoint/listSchema';
import { SharePointRest, type SharePointRestConnection } from '../sharepoint/permissions/sharePointRest';
import { RosterAccess } from '../sharepoint/rosterAccess';
import { openTeamRegister, type TeamRegister } from './teamRegister';

/**
 * Where a connected workbook's lists are: the Graph ids found (or created) by the first connection. Kept in
 * the workbook so the next opening needs no round trip — the task pane opens on the local copy and the
 * outbox at once, even offline or before sign-in, and the sync engine catches up when it can.
 */
export interface TeamLocation {
  siteUrl: string;
  siteId: string;
  listIds: ListIds;
  /** Set when the lists live in this person's OneDrive rather than on a team site: the manager reps ask for access. */
  owner?: ListOwner;
}

export interface ListOwner {
  displayName: string;
  email: string;
}

export function locationOf(siteUrl: string, team: TeamRegister): TeamLocation {
  return { siteUrl, siteId: team.remote.lists.siteId, listIds: { ...team.remote.lists.ids } };
}

/**
 * Reopens a register connected before, without asking the server anything. If the lists have been removed
 * or the user lost access since, the first sync says so (the edits wait in the outbox meanwhile).
 */
export function reopenTeamRegister(
  location: TeamLocation, connection: GraphConnection, source?: IndexedDbSource,
  access?: { rest: SharePointRestConnection; listPrefix?: string },
): TeamRegister {
  const lists = new SharePointLists(createGraphClient(connection), location.siteId, location.listIds);
  const roster = access ? new RosterAccess(new SharePointRest(access.rest), access.listPrefix ?? DEFAULT_LIST_PREFIX) : null;
  return openTeamRegister(new SharePointClaimStore(lists, undefined, roster), source);
}
