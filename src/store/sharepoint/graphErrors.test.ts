import { GraphError } from '@microsoft/microsoft-graph-client';
import { StoreUnavailableError } from '../storeUnavailable';
import { SignInRequiredError } from './auth/tokenProvider';
import { asUnavailable, classifyGraphError, classifySubResponse } from './graphErrors';

function graphError(status: number, code: string | null, text = '', headers?: Record<string, string>): GraphError {
  const error = new GraphError(status, text);
  error.code = code;
  if (headers) error.headers = new Headers(headers);
  return error;
}

describe('reading Graph errors', () => {
  test.each([
    ['409 nameAlreadyExists', graphError(409, 'nameAlreadyExists', 'duplicate values were found in the following field(s) in the list: [DedupeKey].'), 'duplicate'],
    ['SharePoint wording on another status', graphError(500, 'generalException', 'Microsoft.SharePoint.SPDuplicateValuesFoundException'), 'duplicate'],
    ['a list that already exists', graphError(409, 'nameAlreadyExists', 'Name already exists'), 'duplicate'],
    ['412 eTag mismatch', graphError(412, 'preconditionFailed'), 'changed'],
    ['404', graphError(404, 'itemNotFound'), 'notFound'],
    ['403', graphError(403, 'accessDenied'), 'forbidden'],
    ['400', graphError(400, 'invalidRequest', "Field 'X' is not recognized"), 'rejected'],
    ['429 after the retries', graphError(429, 'activityLimitReached'), 'unavailable'],
    ['no answer at all', graphError(-1, 'TypeError', 'fetch failed'), 'unavailable'],
  ])('%s', (_label, error, kind) => {
    expect(classifyGraphError(error).kind).toBe(kind);
  });

  test('410 carries the Location to start over from', () => {
    expect(classifyGraphError(graphError(410, 'resyncChangesApplyDifferences', '', { Location: 'https://graph/next' })))
      .toEqual({ kind: 'resync', location: 'https://graph/next' });
  });

  test.each([
    [graphError(-1, 'TypeError'), 'store.unavailable.offline'],
    [graphError(401, 'InvalidAuthenticationToken'), 'store.unavailable.signIn'],
    [graphError(-1, SignInRequiredError.NAME), 'store.unavailable.signIn'],
    [graphError(429, 'activityLimitReached'), 'store.unavailable.throttled'],
    [graphError(503, 'serviceNotAvailable'), 'store.unavailable.server'],
  ])('unavailable %#: %s', (error, key) => {
    const unavailable = asUnavailable(error);
    expect(unavailable).toBeInstanceOf(StoreUnavailableError);
    expect(unavailable.reason.key).toBe(key);
  });

  test('a $batch sub-response is read the same way', () => {
    expect(classifySubResponse(409, { error: { code: 'nameAlreadyExists', message: 'x' } }).kind).toBe('duplicate');
    expect(classifySubResponse(424, { error: { code: 'FailedDependency' } }).kind).toBe('unavailable');
  });
});
