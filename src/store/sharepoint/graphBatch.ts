import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { MAX_INLINE_WAIT_SECONDS } from './graphClient';
import { asUnavailable, unavailable } from './graphErrors';

/** Graph's limit on sub-requests in one JSON $batch. */
export const MAX_BATCH = 20;

const TRANSIENT = new Set([429, 503, 504]);
const FAILED_DEPENDENCY = 424;

export interface BatchStep {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root: "/sites/…/items". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface BatchResult {
  status: number;
  body: unknown;
}

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Sends steps as JSON $batch requests of at most 20. A group (steps that depend on each other) always
 * travels in one batch. Sub-requests that were throttled (429/503/504) — and steps that failed only because
 * such a step failed (424) — are then waited for (the longest Retry-After among them) and re-sent one by
 * one through the normal client, whose RetryHandler keeps honouring Retry-After.
 */
export async function sendBatch(client: Client, groups: BatchStep[][], sleep: Sleep = realSleep): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  const retryAfter: number[] = [];
  for (const batch of packGroups(groups)) {
    let reply: { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
    try {
      reply = await client.api('/$batch').post({ requests: batch.map(toRequest) });
    } catch (error) {
      throw asUnavailable(error);
    }
    for (const response of reply.responses) {
      results.set(response.id, { status: response.status, body: response.body });
      if (TRANSIENT.has(response.status)) retryAfter.push(retryAfterMs(response.headers));
    }
  }
  const steps = groups.flat();
  const retry = steps.filter((step) => needsRetry(step, results));
  if (retry.length === 0) return results;
  const wait = Math.max(...retryAfter, 0);
  // Throttled for long: do not hold the caller; the edit waits in the outbox (its replay is recognised).
  if (wait > MAX_INLINE_WAIT_SECONDS * 1000) throw unavailable(429, `Retry-After ${wait / 1000} s`);
  await sleep(wait);
  for (const step of retry) {
    // Re-check: a step that depended on one retried just above may now be able to run.
    if (needsRetry(step, results)) results.set(step.id, await sendOne(client, step));
  }
  return results;
}

function needsRetry(step: BatchStep, results: Map<string, BatchResult>): boolean {
  const status = results.get(step.id)?.status ?? 0;
  if (TRANSIENT.has(status)) return true;
  return status === FAILED_DEPENDENCY && (step.dependsOn ?? []).every((id) => isSuccess(results.get(id)?.status ?? 0));
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

async function sendOne(client: Client, step: BatchStep): Promise<BatchResult> {
  let request = client.api(step.url).responseType(ResponseType.RAW);
  for (const [name, value] of Object.entries(step.headers ?? {})) request = request.header(name, value);
  let response: Response;
  try {
    response = step.method === 'GET' ? await request.get()
      : step.method === 'POST' ? await request.post(step.body)
        : step.method === 'PATCH' ? await request.patch(step.body)
          : await request.delete();
  } catch (error) {
    throw asUnavailable(error);
  }
  const text = await response.text();
  if (TRANSIENT.has(response.status) || response.status === 401) throw unavailable(response.status, text);
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function packGroups(groups: BatchStep[][]): BatchStep[][] {
  const batches: BatchStep[][] = [];
  let current: BatchStep[] = [];
  for (const group of groups) {
    if (group.length > MAX_BATCH) throw new Error(`a dependent group of ${group.length} steps cannot fit one $batch`);
    if (current.length + group.length > MAX_BATCH) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function toRequest(step: BatchStep): Record<string, unknown> {
  const request: Record<string, unknown> = { id: step.id, method: step.method, url: step.url };
  if (step.body !== undefined) {
    request.body = step.body;
    request.headers = { 'Content-Type': 'application/json', ...step.headers };
  } else if (step.headers) {
    request.headers = step.headers;
  }
  if (step.dependsOn?.length) request.dependsOn = step.dependsOn;
  return request;
}

/** Retry-After in seconds, or an HTTP date; a throttled answer without one waits a second. */
function retryAfterMs(headers: Record<string, string> | undefined): number {
  const value = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  if (value === undefined) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - Date.now());
}
