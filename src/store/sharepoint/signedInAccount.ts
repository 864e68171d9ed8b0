import type { Client } from '@microsoft/microsoft-graph-client';
import { message, type Message } from '../../i18n/message';
import type { Actor, RosterEntry } from '../claimStore';
import { asUnavailable } from './graphErrors';

/** The account the token belongs to (Graph's /me), read once per store: the signed-in user, not a dropdown. */
export class SignedInAccount {
  private account: Promise<string> | null = null;

  constructor(private readonly client: Client) {}

  get(): Promise<string> {
    this.account ??= this.read().catch((error: unknown) => {
      this.account = null;
      throw asUnavailable(error);
    });
    return this.account;
  }

  private async read(): Promise<string> {
    const me = await this.client.api('/me').select('userPrincipalName,mail').get() as { userPrincipalName?: string; mail?: string };
    return (me.userPrincipalName || me.mail || '').toLowerCase();
  }
}

export type Acting = { ok: true; actor: Actor; entry: RosterEntry | null } | { ok: false; reason: Message };

/**
 * Who an edit is made by: the roster entry of the signed-in account. The name the client sends must be that
 * entry's, and an account the roster does not know may not edit. A roster that maps no account yet (a team
 * set up before accounts were recorded) cannot say who anyone is: the sent name stands, and SharePoint's
 * permissions and createdBy are then the only check.
 */
export function actingAs(roster: readonly RosterEntry[], account: string, claimed: Actor): Acting {
  if (!roster.some((entry) => entry.account)) return { ok: true, actor: claimed, entry: null };
  const entry = roster.find((e) => e.account === account);
  if (!entry) return { ok: false, reason: message('store.identity.notOnRoster', { account }) };
  if (entry.name !== claimed.name) return { ok: false, reason: message('store.identity.mismatch', { name: entry.name, claimed: claimed.name }) };
  return { ok: true, actor: { name: entry.name }, entry };
}

/** Roster name by account, for reading who SharePoint says created each log line. */
export function namesByAccount(roster: readonly RosterEntry[]): Map<string, string> {
  return new Map(roster.filter((e) => e.account).map((e) => [e.account as string, e.name]));
}
