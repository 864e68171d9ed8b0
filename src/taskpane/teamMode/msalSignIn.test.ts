import { officeSignIn } from './msalSignIn';
import type { OfficeAuthHost } from './officeAuthDialog';

describe('Excel sign-in without nested app authentication', () => {
  test('checks NestedAppAuth 1.1 and falls back to the Office dialog on auth.html, not a browser popup', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    const host: OfficeAuthHost = {
      supportsNestedAppAuth: () => {
        asked.push('NestedAppAuth 1.1');
        return false;
      },
      openDialog: async (url) => {
        opened.push(url);
        return JSON.stringify({ ok: true, accessToken: 'dialog-token', expiresOn: Date.now() + 3_600_000 });
      },
    };
    const signIn = officeSignIn('https://addin.contoso.com/taskpane.html', async () => 'zhang@contoso.com', () => host);
    const tokens = await signIn({ clientId: 'app', tenantId: 'contoso' }, ['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(await tokens.getAccessToken()).toBe('dialog-token');
    expect(asked).toEqual(['NestedAppAuth 1.1']);
    const url = new URL(opened[0]);
    expect(`${url.origin}${url.pathname}`).toBe('https://addin.contoso.com/auth.html');
    expect(url.searchParams.get('loginHint')).toBe('zhang@contoso.com');
    expect(url.searchParams.get('scopes')).toBe('https://graph.microsoft.com/Sites.ReadWrite.All');
  });
});
