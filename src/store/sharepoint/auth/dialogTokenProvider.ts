import { SignInRequiredError, type TokenProvider } from './tokenProvider';

/** Opens the add-in's sign-in page in a host dialog and resolves with the one message the page sends back. */
export type AuthDialogOpener = (url: string) => Promise<string>;

/** What the sign-in page sends to the pane (JSON): a token, or why there is none. */
export type AuthDialogMessage =
  | { ok: true; accessToken: string; expiresOn: number }
  | { ok: false; error: string };

/** A token is renewed this long before it expires, so a request never goes out with a dying one. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Tokens through a sign-in dialog (Office's dialog API) where nested app authentication is not available:
 * the dialog page signs in with MSAL's redirect flow and messages the token back. Tokens are kept in memory
 * only, until shortly before they expire; concurrent requests share one dialog.
 */
export function createDialogTokenProvider(open: AuthDialogOpener, dialogUrl: string, now: () => number = Date.now): TokenProvider {
  let cached: { token: string; expiresOn: number } | null = null;
  let pending: Promise<string> | null = null;
  const signIn = async (): Promise<string> => {
    let reply: AuthDialogMessage;
    try {
      reply = JSON.parse(await open(dialogUrl)) as AuthDialogMessage;
    } catch (error) {
      throw new SignInRequiredError({ cause: error });
    }
    if (!reply.ok) throw new SignInRequiredError({ cause: new Error(reply.error) });
    cached = { token: reply.accessToken, expiresOn: reply.expiresOn };
    return reply.accessToken;
  };
  return {
    async getAccessToken(): Promise<string> {
      if (cached && cached.expiresOn - RENEW_BEFORE_MS > now()) return cached.token;
      pending ??= signIn().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}

/** The dialog page's address: auth.html with what it needs to sign in (nothing secret). */
export function authDialogUrl(authPageUrl: string, request: { clientId: string; tenantId: string; scopes: readonly string[]; loginHint?: string }): string {
  const url = new URL(authPageUrl);
  url.searchParams.set('dialog', '1');
  url.searchParams.set('clientId', request.clientId);
  url.searchParams.set('tenantId', request.tenantId);
  url.searchParams.set('scopes', request.scopes.join(' '));
  if (request.loginHint) url.searchParams.set('loginHint', request.loginHint);
  return url.href;
}
