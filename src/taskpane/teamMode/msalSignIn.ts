import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { createMsalTokenProvider } from '../../store/sharepoint/auth/msalTokenProvider';
import type { SignInConfig } from '../../store/sharepoint/auth/signInConfig';
import { authDialogUrl, createDialogTokenProvider } from '../../store/sharepoint/auth/dialogTokenProvider';
import { officeAuthHost, type OfficeAuthHost } from './officeAuthDialog';
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

/**
 * Excel: nested app authentication with the account signed in to Office where the host supports it
 * (NestedAppAuth 1.1); elsewhere Office's dialog API opens auth.html, which signs in with MSAL's redirect
 * flow inside the dialog — no browser popup, which Office webviews block.
 */
export function officeSignIn(paneUrl: string, loginHint: () => Promise<string | undefined>, office: () => OfficeAuthHost = officeAuthHost): SignIn {
  return async (config, scopes) => {
    const host = office();
    if (host.supportsNestedAppAuth()) return createMsalTokenProvider(withRedirect(config, paneUrl), scopes, { loginHint });
    const url = authDialogUrl(authRedirectUri(paneUrl), { clientId: config.clientId, tenantId: config.tenantId, scopes, loginHint: await loginHint() });
    return createDialogTokenProvider(host.openDialog, url);
  };
}

/** WPS 表格 has no nested app authentication: a plain browser app that signs in through the popup. */
export function popupSignIn(paneUrl: string): SignIn {
  return (config, scopes) => createMsalTokenProvider(withRedirect(config, paneUrl), scopes, { createApp: createStandardPublicClientApplication });
}
