import { message, type Message } from '../../../i18n/message';

/**
 * The app registration to sign in with. It comes from configuration (the build's environment or the admin's
 * settings), never from the repository: each company registers its own app in its own tenant.
 */
export interface SignInConfig {
  clientId: string;
  /** The tenant id or domain; 'organizations' lets any work account sign in. */
  tenantId: string;
  /** Where the popup fallback returns to: a page of the add-in that is registered as an SPA redirect URI. */
  redirectUri?: string;
}

export const CLIENT_ID_SETTING = 'CLAIM_REGISTER_CLIENT_ID';
export const TENANT_ID_SETTING = 'CLAIM_REGISTER_TENANT_ID';
export const REDIRECT_URI_SETTING = 'CLAIM_REGISTER_REDIRECT_URI';

/**
 * Least-privilege delegated Graph scopes. A delegated token never exceeds what the signed-in user may do in
 * SharePoint anyway; the scope only bounds what the add-in may do on the user's behalf.
 * - member: read and write list items on sites the user can reach. Sites.ReadWrite.All is the narrowest
 *   scope Graph offers for writing list items without an admin granting per-site access.
 * - admin: the first connection creates the lists and columns, which needs Sites.Manage.All; only the
 *   admin who provisions consents to it, once.
 * - selectedSite: for tenants that pre-authorise the app on one site only (an admin grants the app
 *   'write' on that site through Graph's site permissions API); then Sites.Selected is all the add-in gets.
 */
export const GRAPH_SCOPES = {
  // User.Read: Graph /me, the signed-in account the roster maps to a rep.
  member: ['https://graph.microsoft.com/Sites.ReadWrite.All', 'https://graph.microsoft.com/User.Read'],
  admin: ['https://graph.microsoft.com/Sites.Manage.All', 'https://graph.microsoft.com/User.Read'],
  selectedSite: ['https://graph.microsoft.com/Sites.Selected', 'https://graph.microsoft.com/User.Read'],
} as const;

/**
 * SharePoint's own delegated scopes for its REST API (permissions, groups), whose audience is the tenant's
 * SharePoint host, not Graph. The admin's set-up manages permissions (FullControl); a manager's roster edits
 * change group membership as the groups' owner (Manage). Requested only when a REST call is made.
 */
export function sharePointScopes(siteUrl: string, role: 'admin' | 'member'): string[] {
  const host = new URL(siteUrl).origin;
  return [`${host}/${role === 'admin' ? 'AllSites.FullControl' : 'AllSites.Manage'}`];
}

/** Reads the registration from settings (build-time environment or saved admin settings). */
export function signInConfigFrom(settings: Readonly<Record<string, string | undefined>>): { ok: true; config: SignInConfig } | { ok: false; reason: Message } {
  const clientId = settings[CLIENT_ID_SETTING]?.trim();
  const tenantId = settings[TENANT_ID_SETTING]?.trim();
  if (!clientId || !tenantId) return { ok: false, reason: message('store.signIn.notConfigured', { clientId: CLIENT_ID_SETTING, tenantId: TENANT_ID_SETTING }) };
  const redirectUri = settings[REDIRECT_URI_SETTING]?.trim() || undefined;
  return { ok: true, config: { clientId, tenantId, redirectUri } };
}
