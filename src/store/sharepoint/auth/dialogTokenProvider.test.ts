import { authDialogUrl, createDialogTokenProvider } from './dialogTokenProvider';
import { SignInRequiredError } from './tokenProvider';

describe('sign-in through the Office dialog', () => {
  test('one dialog for concurrent requests; the token is reused until shortly before it expires', async () => {
    let clock = 1_000_000;
    const opened: string[] = [];
    const open = async (url: string) => {
      opened.push(url);
      return JSON.stringify({ ok: true, accessToken: `token-${opened.length}`, expiresOn: clock + 60 * 60_000 });
    };
    const tokens = createDialogTokenProvider(open, 'https://addin.contoso.com/auth.html?dialog=1', () => clock);
    expect(await Promise.all([tokens.getAccessToken(), tokens.getAccessToken()])).toEqual(['token-1', 'token-1']);
    clock += 50 * 60_000;
    expect(await tokens.getAccessToken()).toBe('token-1');
    clock += 6 * 60_000;
    expect(await tokens.getAccessToken()).toBe('token-2');
    expect(opened).toHaveLength(2);
  });

  test('a closed dialog or a sign-in error is "sign in again", and the next request opens the dialog again', async () => {
    let attempt = 0;
    const tokens = createDialogTokenProvider(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('12006: the user closed the dialog');
      if (attempt === 2) return JSON.stringify({ ok: false, error: 'consent_required' });
      return JSON.stringify({ ok: true, accessToken: 't', expiresOn: Date.now() + 3_600_000 });
    }, 'https://x/auth.html');
    await expect(tokens.getAccessToken()).rejects.toBeInstanceOf(SignInRequiredError);
    await expect(tokens.getAccessToken()).rejects.toMatchObject({ cause: { message: 'consent_required' } });
    expect(await tokens.getAccessToken()).toBe('t');
  });

  test('the dialog page gets the registration and scopes in its address', () => {
    const url = new URL(authDialogUrl('https://addin.contoso.com/auth.html', { clientId: 'app', tenantId: 'contoso', scopes: ['a', 'b'], loginHint: 'zhang@contoso.com' }));
    expect(Object.fromEntries(url.searchParams)).toEqual({ dialog: '1', clientId: 'app', tenantId: 'contoso', scopes: 'a b', loginHint: 'zhang@contoso.com' });
  });
});
