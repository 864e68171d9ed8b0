import { InteractionRequiredAuthError, type AccountInfo, type Configuration, type IPublicClientApplication } from '@azure/msal-browser';
import { createMsalTokenProvider } from './msalTokenProvider';
import { GRAPH_SCOPES, signInConfigFrom } from './signInConfig';
import { SignInRequiredError } from './tokenProvider';

const ACCOUNT = { homeAccountId: 'h', environment: 'login', tenantId: 't', username: 'zhangsan@contoso.com', localAccountId: 'l' } as AccountInfo;

/** Records what the provider asks MSAL for; behaviour per call is scripted by the test. */
class ScriptedMsal {
  calls: string[] = [];
  configuration: Configuration | null = null;
  active: AccountInfo | null = null;
  accounts: AccountInfo[] = [];
  silent: () => Promise<string> = async () => 'silent-token';
  popup: () => Promise<string> = async () => 'popup-token';

  app(): IPublicClientApplication {
    const result = (token: string) => ({ accessToken: token, account: ACCOUNT });
    return {
      getActiveAccount: () => this.active,
      getAllAccounts: () => this.accounts,
      setActiveAccount: (account: AccountInfo | null) => {
        this.active = account;
      },
      acquireTokenSilent: async () => {
        this.calls.push('silent');
        return result(await this.silent());
      },
      ssoSilent: async (request: { loginHint?: string }) => {
        this.calls.push(`sso:${request.loginHint}`);
        return result(await this.silent());
      },
      acquireTokenPopup: async () => {
        this.calls.push('popup');
        return result(await this.popup());
      },
    } as unknown as IPublicClientApplication;
  }

  async provider(loginHint?: string) {
    return createMsalTokenProvider({ clientId: 'app-id', tenantId: 'contoso.onmicrosoft.com' }, GRAPH_SCOPES.member, {
      createApp: async (configuration) => {
        this.configuration = configuration;
        return this.app();
      },
      loginHint: async () => loginHint,
    });
  }
}

describe('MSAL token provider', () => {
  test('uses the configured app registration and tenant', async () => {
    const msal = new ScriptedMsal();
    await msal.provider();
    expect(msal.configuration?.auth).toEqual({ clientId: 'app-id', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' });
  });

  test.each([
    ['a known account: silently, no popup', { accounts: [ACCOUNT] }, undefined, 'silent-token', ['silent']],
    ['no account but the Office user is known: SSO with the hint', {}, 'zhangsan@contoso.com', 'silent-token', ['sso:zhangsan@contoso.com']],
    ['nobody known: one popup', {}, undefined, 'popup-token', ['popup']],
  ])('%s', async (_label, state, hint, token, calls) => {
    const msal = new ScriptedMsal();
    Object.assign(msal, state);
    expect(await (await msal.provider(hint)).getAccessToken()).toBe(token);
    expect(msal.calls).toEqual(calls);
    expect(msal.active).toBe(ACCOUNT);
  });

  test('interaction required: falls back to the popup', async () => {
    const msal = new ScriptedMsal();
    msal.accounts = [ACCOUNT];
    msal.silent = async () => {
      throw new InteractionRequiredAuthError('consent_required', 'the user must consent');
    };
    expect(await (await msal.provider()).getAccessToken()).toBe('popup-token');
    expect(msal.calls).toEqual(['silent', 'popup']);
  });

  test('a closed popup, or a silent failure a popup cannot fix, is "sign in again"', async () => {
    const closed = new ScriptedMsal();
    closed.popup = async () => {
      throw new Error('user_cancelled');
    };
    await expect((await closed.provider()).getAccessToken()).rejects.toBeInstanceOf(SignInRequiredError);

    const broken = new ScriptedMsal();
    broken.accounts = [ACCOUNT];
    broken.silent = async () => {
      throw new Error('invalid_client');
    };
    await expect((await broken.provider()).getAccessToken()).rejects.toMatchObject({ name: 'SignInRequired' });
    expect(broken.calls).toEqual(['silent']);
  });
});

describe('sign-in configuration', () => {
  test('comes from settings, and says what is missing', () => {
    expect(signInConfigFrom({ CLAIM_REGISTER_CLIENT_ID: ' id ', CLAIM_REGISTER_TENANT_ID: 'organizations' }))
      .toEqual({ ok: true, config: { clientId: 'id', tenantId: 'organizations', redirectUri: undefined } });
    expect(signInConfigFrom({ CLAIM_REGISTER_CLIENT_ID: 'id' })).toMatchObject({
      ok: false, reason: { key: 'store.signIn.notConfigured', params: { clientId: 'CLAIM_REGISTER_CLIENT_ID', tenantId: 'CLAIM_REGISTER_TENANT_ID' } },
    });
  });
});
