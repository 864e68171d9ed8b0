import { message } from '../../i18n/message';
import { StoreUnavailableError } from '../storeUnavailable';
import { SignInRequiredError } from './auth/tokenProvider';

/** What a failed Graph call means to the store. */
export type GraphProblem =
  | { kind: 'duplicate' }
  | { kind: 'changed' }
  | { kind: 'notFound' }
  | { kind: 'resync'; location: string | null }
  | { kind: 'forbidden' }
  /** 400: SharePoint will never take this value (too long for its column, say); retrying cannot help. */
  | { kind: 'rejected'; detail: string }
  | { kind: 'unavailable'; error: StoreUnavailableError };

interface GraphErrorShape {
  statusCode?: number;
  code?: string | null;
  message?: string;
  headers?: Headers;
}

/**
 * Reads the client's GraphError. A unique-column violation is a 409 `nameAlreadyExists` through Graph, but
 * SharePoint's own wording ("duplicate values were found") is matched too, since some paths report it as
 * 400/500 with an SPDuplicateValuesFoundException.
 */
export function classifyGraphError(error: unknown): GraphProblem {
  const e = (error ?? {}) as GraphErrorShape;
  const status = typeof e.statusCode === 'number' ? e.statusCode : -1;
  const text = `${e.code ?? ''} ${e.message ?? ''}`;
  if (e.code === SignInRequiredError.NAME) return { kind: 'unavailable', error: unavailable(401, error) };
  if (status === 409 && e.code === 'nameAlreadyExists') return { kind: 'duplicate' };
  if (/duplicate values were found|SPDuplicateValuesFoundException/i.test(text)) return { kind: 'duplicate' };
  if (status === 412) return { kind: 'changed' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 410) return { kind: 'resync', location: e.headers?.get('Location') ?? null };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 400) return { kind: 'rejected', detail: e.message ?? '' };
  return { kind: 'unavailable', error: unavailable(status, error) };
}

export function unavailable(status: number, cause: unknown): StoreUnavailableError {
  const reason = status === 401 || status === 403 ? message('store.unavailable.signIn')
    : status === 429 ? message('store.unavailable.throttled')
      : status <= 0 ? message('store.unavailable.offline')
        : message('store.unavailable.server', { status });
  return new StoreUnavailableError(reason, status, { cause });
}

/** For calls where only some problems are expected: anything else is thrown as unavailable. */
export function expectProblem<K extends GraphProblem['kind']>(error: unknown, ...kinds: K[]): Extract<GraphProblem, { kind: K }> {
  const problem = classifyGraphError(error);
  if ((kinds as string[]).includes(problem.kind)) return problem as Extract<GraphProblem, { kind: K }>;
  throw asUnavailable(error);
}

/** Any failed call, as the store reports it upward: the sync engine keeps the edit and retries later. */
export function asUnavailable(error: unknown): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const problem = classifyGraphError(error);
  return problem.kind === 'unavailable' ? problem.error : unavailable(statusOf(error), error);
}

function statusOf(error: unknown): number {
  const status = (error as GraphErrorShape | null)?.statusCode;
  return typeof status === 'number' ? status : -1;
}

/** The same reading for one sub-response of a $batch (status and Graph error body, no GraphError object). */
export function classifySubResponse(status: number, body: unknown): GraphProblem {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return classifyGraphError({ statusCode: status, code: error?.code ?? null, message: error?.message ?? '' });
}
