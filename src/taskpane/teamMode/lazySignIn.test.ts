import type { TokenProvider } from '../../store/sharepoint/auth/tokenProvider';
import { lazySignIn } from './lazySignIn';
import type { SignIn } from './teamSession';

test('the sign-in code is loaded on the first sign-in only, and once', async () => {
  const provider = {} as TokenProvider;
  const signIn: SignIn = jest.fn(async () => provider);
  const load = jest.fn(async () => signIn);
  const lazy = lazySignIn(load);
  expect(load).not.toHaveBeenCalled();
  const config = { clientId: 'app', tenantId: 'tenant' };
  await expect(lazy(config, ['Sites.Selected'])).resolves.toBe(provider);
  await lazy(config, ['Files.ReadWrite']);
  expect(load).toHaveBeenCalledTimes(1);
  expect(signIn).toHaveBeenLastCalledWith(config, ['Files.ReadWrite']);
});
