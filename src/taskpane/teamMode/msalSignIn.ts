import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { createMsalTokenProvider } from '../../store/sharepoint/auth/msalTokenProvider';
import type { SignInConfig } from '../../store/sharepoint/auth/signInConfig';
import type { SignIn } from './teamSession';

/**
 * The page the MSAL popup returns to: auth.html beside the task pane, shipped by both builds. Register it
 * as a Single-page application redirect URI of the app (see README-sharepoint.md).
 */
export function authRedirectUri(paneUrl: string): string {
  return new URL('auth.html', paneUrl).href;
}

function withRedirect(config: SignInConfig, paneUrl: string): SignInConfig {
  return { ...config, redirectUri: config.redirectUri ?? authRedirectUri(paneUrl) };
}

/** Excel: nested app authentication with the account signed in to Office; the popup where Office cannot. */
export function officeSignIn(paneUrl: string, loginHint: () => Promise<string | undefined>): SignIn {
  return (config, scopes) => createMsalTokenProvider(withRedirect(config, paneUrl), scopes, { loginHint });
}

/** WPS 表格 has no nested app authentication: a plain browser app that signs in through the popup. */
export function popupSignIn(paneUrl: string): SignIn {
  return (config, scopes) => createMsalTokenProvider(withRedirect(config, paneUrl), scopes, { createApp: createStandardPublicClientApplication });
}
