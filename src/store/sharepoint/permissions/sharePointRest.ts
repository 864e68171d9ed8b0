import type { TokenProvider } from '../auth/tokenProvider';
import { unavailable } from '../graphErrors';

export interface SharePointRestConnection {
  /** The site's own address, e.g. https://contoso.sharepoint.com/sites/sales (or a OneDrive personal site). */
  baseUrl: string;
  /** Tokens for SharePoint itself (audience https://<tenant>.sharepoint.com), not for Graph. */
  tokens: TokenProvider;
  fetch?: typeof fetch;
}

/** A refusal or failure answered by SharePoint REST, with its `odata.error` code (e.g. "…UnauthorizedAccessException"). */
export class SharePointRestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'SharePointRestError';
  }
}

/**
 * SharePoint's REST API (`<site>/_api/web/…`) for what Graph cannot do: permission levels, groups, role
 * assignments, list settings. One request per call, JSON light (odata=nometadata). A network failure is
 * StoreUnavailableError; an answer that is not 2xx is SharePointRestError.
 */
export class SharePointRest {
  private readonly base: string;

  constructor(private readonly connection: SharePointRestConnection) {
    this.base = connection.baseUrl.replace(/\/+$/, '');
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.send<T>('POST', path, body, headers);
  }

  /** MERGE (a partial update) tunnelled through POST, as SharePoint expects. */
  merge(path: string, body: unknown): Promise<unknown> {
    return this.send('POST', path, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
  }

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const send = this.connection.fetch ?? ((input, init) => fetch(input, init));
    let response: Response;
    try {
      response = await send(`${this.base}/_api/web${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${await this.connection.tokens.getAccessToken()}`,
          Accept: 'application/json;odata=nometadata',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json;odata=nometadata' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw unavailable(-1, error);
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) as Record<string, unknown> : {};
    if (response.ok) return json as T;
    if (response.status === 429 || response.status >= 500) throw unavailable(response.status, text);
    const error = json['odata.error'] as { code?: string; message?: { value?: string } } | undefined;
    throw new SharePointRestError(response.status, error?.code ?? '', error?.message?.value ?? text);
  }
}
