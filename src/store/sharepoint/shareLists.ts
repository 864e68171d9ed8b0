import type { Provisioned } from './provisioning';
import type { ListKey } from './listSchema';
import type { ListIds } from './sharePointLists';

/** Someone on the roster, by the Microsoft 365 account the lists are shared with. */
export interface ShareMember {
  /** UPN or e-mail, as the roster records it. */
  account: string;
  isManager: boolean;
}

/** The permission levels the register hands out on a list (SharePoint's Read and Contribute). */
export type ListRole = 'read' | 'contribute';

/** Grants `role` on one list of the site at `siteUrl` (the SharePoint REST base) to one account. */
export type GrantListRole = (siteUrl: string, listId: string, account: string, role: ListRole) => Promise<Provisioned<void>>;

/**
 * Who may do what on the owner's lists. Reps record customers and activities; the roster and the rules are
 * the managers' (reps read them: the pane needs them to decide claims). Other managers get the same
 * contribute rights as reps on customers and the log and may also edit the roster and rules.
 */
export function roleFor(list: ListKey, member: ShareMember): ListRole {
  if (member.isManager) return 'contribute';
  return list === 'customers' || list === 'activities' ? 'contribute' : 'read';
}

export interface ShareReport {
  /** Accounts every list was shared with. */
  shared: string[];
  /** The first refusal, with the account it was for; the remaining members were not tried. */
  failed: { account: string; reason: Provisioned<void> & { ok: false } } | null;
}

/**
 * Shares the four lists of a personal site with the roster. Granting a role that is already there is
 * harmless, so running it again after the roster grew only adds the newcomers. The owner is skipped: on
 * their own OneDrive they already have full control.
 */
export async function shareRegisterLists(
  grant: GrantListRole, siteUrl: string, ids: ListIds, members: readonly ShareMember[], ownerAccount: string,
): Promise<ShareReport> {
  const shared: string[] = [];
  for (const member of members) {
    if (member.account.toLowerCase() === ownerAccount.toLowerCase()) continue;
    for (const list of Object.keys(ids) as ListKey[]) {
      const outcome = await grant(siteUrl, ids[list], member.account, roleFor(list, member));
      if (!outcome.ok) return { shared, failed: { account: member.account, reason: outcome } };
    }
    shared.push(member.account);
  }
  return { shared, failed: null };
}
