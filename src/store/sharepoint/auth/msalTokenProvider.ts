import {
  createNestablePublicClientApplication, InteractionRequiredAuthError, type AccountInfo, type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { SignInConfig } from './signInConfig';
import { SignInRequiredError, type TokenProvider } from './tokenProvider';

export interface MsalDependencies {
  /** Builds the MSAL app; nested app authentication by default (it falls back to a standard app outside Office). */
  createApp?: (configuration: Configuration) => Promise<IPublicClientApplication>;
  /** The signed-in Office user, when the host can say (Office.auth.getAuthContext), to sign in without a prompt. */
  loginHint?: () => Promise<string | undefined>;
}

/**
 * Access tokens through MSAL. Inside Office it uses nested app authentication — the host's own signed-in
 * account, no popup in the usual case; elsewhere (or when the host cannot) MSAL runs as a plain browser app.
 * Each call tries silently first (cached token, or SSO with the Office user's hint) and falls back to one
 * popup when interaction is required. Failing both, it throws SignInRequiredError.
 */
export async function createMsalTokenProvider(
  config: SignInConfig, scopes: readonly string[], dependencies: MsalDependencies = {},
): Promise<TokenProvider> {
  const createApp = dependencies.createApp ?? createNestablePublicClientApplication;
  const app = await createApp({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    },
    // Tokens live as long as the pane's session, not on disk where anything on this origin could read them later.
    cache: { cacheLocation: 'sessionStorage' },
  });
  const request = { scopes: [...scopes] };

  const interactively = async (loginHint: string | undefined): Promise<string> => {
    try {
      const result = await app.acquireTokenPopup({ ...request, loginHint });
      app.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      throw new SignInRequiredError({ cause: error });
    }
  };

  return {
    async getAccessToken(): Promise<string> {
      const account: AccountInfo | null = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
      const loginHint = account ? undefined : await dependencies.loginHint?.();
      try {
        const result = account
          ? await app.acquireTokenSilent({ ...request, account })
          : loginHint ? await app.ssoSilent({ ...request, loginHint }) : null;
        if (result) {
          app.setActiveAccount(result.account);
          return result.accessToken;
        }
      } catch (error) {
        // Anything but "the user must interact" (network down, misconfiguration) is not solved by a popup.
        if (!(error instanceof InteractionRequiredAuthError)) throw new SignInRequiredError({ cause: error });
      }
      return interactively(loginHint);
    },
  };
}
