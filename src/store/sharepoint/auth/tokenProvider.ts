/**
 * Where the SharePoint store gets its access tokens. MSAL (nested app auth in Office, a popup elsewhere)
 * implements it in the add-in; tests and scripts pass a fixed token. The store never sees MSAL.
 */
export interface TokenProvider {
  getAccessToken(): Promise<string>;
}

export function fixedToken(token: string): TokenProvider {
  return { getAccessToken: async () => token };
}

/**
 * No token could be had (signed out, consent refused, popup closed). Its name survives the Graph client's
 * error wrapping (as GraphError.code), so the store can tell "sign in again" from "offline".
 */
export class SignInRequiredError extends Error {
  static readonly NAME = 'SignInRequired';

  constructor(options?: { cause?: unknown }) {
    super('sign-in required', options);
    this.name = SignInRequiredError.NAME;
  }
}
