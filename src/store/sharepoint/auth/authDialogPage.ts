import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { AuthDialogMessage } from './dialogTokenProvider';

/** Remembers, across MSAL's redirect to Entra ID and back, that this page runs as the sign-in dialog. */
export const DIALOG_REQUEST_KEY = 'claim-register.authDialog';

interface DialogRequest {
  clientId: string;
  tenantId: string;
  scopes: string[];
  loginHint?: string;
}

export interface AuthDialogPage {
  /** The page's own address (auth.html, with the dialog's query the first time). */
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  createApp(configuration: Configuration): Promise<IPublicClientApplication>;
  /** Office.context.ui.messageParent in the real dialog. */
  messageParent(message: string): void;
}

/** Is this page the sign-in dialog (first load with ?dialog=1, or back from Entra ID with the flag kept)? */
export function isDialogPage(page: Pick<AuthDialogPage, 'href' | 'storage'>): boolean {
  return new URL(page.href).searchParams.get('dialog') === '1' || page.storage.getItem(DIALOG_REQUEST_KEY) !== null;
}

/**
 * The sign-in dialog's page: MSAL's redirect flow inside the dialog window (no popup for the browser to
 * block), then the token is sent to the task pane with messageParent and the pane closes the dialog.
 */
export async function runAuthDialogPage(page: AuthDialogPage): Promise<void> {
  const url = new URL(page.href);
  const request = requestOf(url) ?? JSON.parse(page.storage.getItem(DIALOG_REQUEST_KEY) ?? 'null') as DialogRequest | null;
  const send = (message: AuthDialogMessage) => page.messageParent(JSON.stringify(message));
  if (!request) return send({ ok: false, error: 'the sign-in dialog was opened without a request' });
  try {
    const app = await page.createApp({
      auth: { clientId: request.clientId, authority: `https://login.microsoftonline.com/${request.tenantId}`, redirectUri: `${url.origin}${url.pathname}` },
      cache: { cacheLocation: 'sessionStorage' },
    });
    const result = await app.handleRedirectPromise();
    if (result) {
      page.storage.removeItem(DIALOG_REQUEST_KEY);
      return send({ ok: true, accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_600_000 });
    }
    page.storage.setItem(DIALOG_REQUEST_KEY, JSON.stringify(request));
    await app.acquireTokenRedirect({ scopes: request.scopes, loginHint: request.loginHint });
  } catch (error) {
    page.storage.removeItem(DIALOG_REQUEST_KEY);
    send({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

function requestOf(url: URL): DialogRequest | null {
  const p = url.searchParams;
  if (p.get('dialog') !== '1' || !p.get('clientId') || !p.get('tenantId')) return null;
  return {
    clientId: p.get('clientId') as string, tenantId: p.get('tenantId') as string,
    scopes: (p.get('scopes') ?? '').split(' ').filter(Boolean), ...(p.get('loginHint') ? { loginHint: p.get('loginHint') as string } : {}),
  };
}
