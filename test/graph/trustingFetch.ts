import { Agent, request } from 'node:https';

/**
 * A `fetch` for tests that trusts exactly one certificate (the emulator's throwaway one) and nothing else —
 * the same shape the SharePoint store gets from the browser, so the real Graph client runs unchanged.
 * Node's built-in fetch cannot take a CA per call, and NODE_EXTRA_CA_CERTS is read only at process start.
 */
export function trustingFetch(ca: string): { fetch: typeof fetch; close(): void } {
  const agent = new Agent({ ca, keepAlive: true, maxSockets: 32 });
  const fetchWithCa = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const headers = new Headers(init.headers);
    const body = await bodyBytes(init.body);
    if (body) headers.set('content-length', String(body.length));
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(url, { method: init.method ?? 'GET', headers: Object.fromEntries(headers), agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const status = incoming.statusCode ?? 500;
          const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(payload, { status, headers: responseHeaders }));
        });
      });
      // A network failure surfaces as fetch's own TypeError, as it would in a browser.
      outgoing.on('error', (error) => reject(new TypeError(`fetch failed: ${error.message}`)));
      outgoing.end(body);
    });
  };
  return { fetch: fetchWithCa as typeof fetch, close: () => agent.destroy() };
}

async function bodyBytes(body: RequestInit['body']): Promise<Buffer | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return Buffer.from(await new Response(body).arrayBuffer());
}
