import type { IPublicClientApplication } from '@azure/msal-browser';
import { DIALOG_REQUEST_KEY, isDialogPage, runAuthDialogPage } from './authDialogPage';

function memoryStorage() {
  const values = new Map<string, string>();
  return { values, getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => { values.set(k, v); }, removeItem: (k: string) => { values.delete(k); } };
}

describe('the sign-in dialog page', () => {
  const first = 'https://addin.contoso.com/auth.html?dialog=1&clientId=app&tenantId=contoso&scopes=Sites.ReadWrite.All%20User.Read';

  test('first load: remembers the request and redirects to Entra ID; back again: sends the token to the pane', async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    const calls: string[] = [];
    let signedIn = false;
    const createApp = async (config: { auth: { redirectUri?: string } }) => {
      calls.push(`app ${config.auth.redirectUri}`);
      return {
        handleRedirectPromise: async () => (signedIn ? { accessToken: 'tok', expiresOn: new Date(5_000_000) } : null),
        acquireTokenRedirect: async (request: { scopes: string[] }) => {
          calls.push(`redirect ${request.scopes.join(',')}`);
        },
      } as unknown as IPublicClientApplication;
    };
    const page = { href: first, storage, createApp, messageParent: (m: string) => sent.push(m) };
    expect(isDialogPage(page)).toBe(true);
    await runAuthDialogPage(page);
    expect(calls).toEqual(['app https://addin.contoso.com/auth.html', 'redirect Sites.ReadWrite.All,User.Read']);
    expect(storage.values.has(DIALOG_REQUEST_KEY)).toBe(true);
    expect(sent).toEqual([]);

    signedIn = true;
    const back = { ...page, href: 'https://addin.contoso.com/auth.html#code=abc' };
    expect(isDialogPage(back)).toBe(true);
    await runAuthDialogPage(back);
    expect(sent.map((m) => JSON.parse(m))).toEqual([{ ok: true, accessToken: 'tok', expiresOn: 5_000_000 }]);
    expect(storage.values.has(DIALOG_REQUEST_KEY)).toBe(false);
  });

  test('a failure is sent to the pane as a message, not left on a blank page', async () => {
    const sent: string[] = [];
    await runAuthDialogPage({
      href: first, storage: memoryStorage(), messageParent: (m) => sent.push(m),
      createApp: async () => ({ handleRedirectPromise: async () => { throw new Error('AADSTS65001: consent required'); } }) as unknown as IPublicClientApplication,
    });
    expect(JSON.parse(sent[0])).toEqual({ ok: false, error: 'AADSTS65001: consent required' });
  });

  test('the popup page (no dialog request) is not the dialog', () => {
    expect(isDialogPage({ href: 'https://addin.contoso.com/auth.html#code=x', storage: memoryStorage() })).toBe(false);
  });
});
