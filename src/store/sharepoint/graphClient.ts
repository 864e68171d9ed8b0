import {
  AuthenticationHandler, Client, RetryHandler, RetryHandlerOptions, type Context, type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from './auth/tokenProvider';

const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** The longest Retry-After a call waits in place; a longer one is answered "queued" at once. */
export const MAX_INLINE_WAIT_SECONDS = 5;

/** Retry-After in seconds (a number of seconds or an HTTP date); 0 when absent or unreadable. */
export function retryAfterSeconds(value: string | null): number {
  if (value === null) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, (at - Date.now()) / 1000);
}

export interface GraphConnection {
  tokens: TokenProvider;
  /** https://graph.microsoft.com unless pointed elsewhere (the emulator in tests, a national cloud). */
  origin?: string;
  /** The fetch to send requests with; the browser's by default. */
  fetch?: typeof fetch;
  /** How often a 429/503/504 is retried (Retry-After is honoured between tries). */
  maxRetries?: number;
}

/**
 * The real Graph client with an explicit middleware chain: bearer token, the library's RetryHandler (it
 * honours Retry-After on 429/503/504, else backs off), then the injected fetch.
 */
export function createGraphClient(connection: GraphConnection): Client {
  const origin = (connection.origin ?? GRAPH_ORIGIN).replace(/\/+$/, '');
  // 3 s is the library's own back-off when a throttled answer names no Retry-After.
  const retry = new RetryHandlerOptions(3, connection.maxRetries ?? 5, (_delay, _attempt, _request, _options, response) =>
    // A long Retry-After is not waited out inside a call: the edit goes to the outbox and is sent later.
    retryAfterSeconds(response?.headers?.get('Retry-After') ?? null) <= MAX_INLINE_WAIT_SECONDS);
  return Client.initWithMiddleware({
    baseUrl: `${origin}/`,
    defaultVersion: 'v1.0',
    // The token is only attached to Graph's own hosts, or to hosts named here.
    customHosts: new Set([new URL(origin).hostname]),
    middleware: [
      new AuthenticationHandler({ getAccessToken: () => connection.tokens.getAccessToken() }),
      new RetryHandler(retry),
      new FetchHandler(connection.fetch ?? ((input, init) => fetch(input, init))),
    ],
  });
}

/** The end of the chain: sends the request with the given fetch (the library's own handler uses the global). */
class FetchHandler implements Middleware {
  constructor(private readonly send: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, context.options);
  }
}
