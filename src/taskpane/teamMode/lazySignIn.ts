import type { SignIn } from './teamSession';

/** A sign-in whose MSAL code is fetched on first use (a team's shared list), not before a local-only pane paints. */
export function lazySignIn(load: () => Promise<SignIn>): SignIn {
  let loading: Promise<SignIn> | null = null;
  return async (config, scopes) => (await (loading ??= load()))(config, scopes);
}
