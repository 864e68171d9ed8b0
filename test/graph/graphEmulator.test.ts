import { GraphEmulator } from './graphEmulator';
import { trustingFetch } from './trustingFetch';

/** The emulator's own behaviour, spoken to in raw HTTP, so the store tests rest on a checked stand-in. */
describe('Graph emulator', () => {
  let emulator: GraphEmulator;
  let http: ReturnType<typeof trustingFetch>;
  let siteId: string;

  beforeAll(async () => {
    emulator = await GraphEmulator.start('secret');
    http = trustingFetch(emulator.certificate.cert);
    siteId = emulator.addSite('contoso.sharepoint.com', '/sites/sales').id;
  });
  afterAll(async () => {
    http.close();
    await emulator.stop();
  });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const url = path.startsWith('https://') ? path : `${emulator.baseUrl}${path}`;
    const response = await http.fetch(url, {
      method,
      headers: { Authorization: 'Bearer secret', 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
  }

  async function newList(title: string): Promise<string> {
    const created = await call('POST', `/sites/${siteId}/lists`, {
      displayName: title, list: { template: 'genericList' },
      columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }, { name: 'Owner', text: {} }, { name: 'Seq', number: {} }],
    });
    expect(created.status).toBe(201);
    return created.json.id;
  }

  test('serves over TLS with the throwaway certificate and wants a token', async () => {
    expect(emulator.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    const anonymous = await http.fetch(`${emulator.baseUrl}/sites/${siteId}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('InvalidAuthenticationToken');
    await expect(fetch(`${emulator.baseUrl}/sites/${siteId}`)).rejects.toThrow();
  });

  test('finds a site by host name and path', async () => {
    const site = await call('GET', '/sites/contoso.sharepoint.com:/sites/sales');
    expect(site).toMatchObject({ status: 200, json: { id: siteId } });
    expect((await call('GET', '/sites/contoso.sharepoint.com:/sites/nowhere')).status).toBe(404);
  });

  test('a unique column must be indexed, and refuses a second copy of a value (ignoring case) with 409', async () => {
    const listId = await newList('UniqueCheck');
    expect((await call('POST', `/sites/${siteId}/lists/${listId}/columns`, { name: 'Loose', text: {}, enforceUniqueValues: true })).status).toBe(400);
    expect((await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Title: 'a', Key: 'Green' } })).status).toBe(201);
    const duplicate = await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Title: 'b', Key: 'green' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error).toMatchObject({
      code: 'nameAlreadyExists',
      message: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Key].',
    });
    expect((await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Nope: 1 } })).status).toBe(400);
  });

  test('ETags guard updates: a stale If-Match is 412', async () => {
    const listId = await newList('Etags');
    const item = (await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Key: 'k1', Owner: 'a' } })).json;
    const first = await call('PATCH', `/sites/${siteId}/lists/${listId}/items/${item.id}/fields`, { Owner: 'b' }, { 'If-Match': item.eTag });
    expect(first.status).toBe(200);
    expect(first.json['@odata.etag']).not.toBe(item.eTag);
    const stale = await call('PATCH', `/sites/${siteId}/lists/${listId}/items/${item.id}/fields`, { Owner: 'c' }, { 'If-Match': item.eTag });
    expect(stale.status).toBe(412);
    const now = await call('GET', `/sites/${siteId}/lists/${listId}/items/${item.id}?$expand=fields`);
    expect(now.json.fields.Owner).toBe('b');
  });

  test('filters on indexed columns only, unless the caller accepts the risk', async () => {
    const listId = await newList('Filters');
    await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Key: "O'Brien", Owner: 'x' } });
    const byKey = await call('GET', `/sites/${siteId}/lists/${listId}/items?$expand=fields&$filter=${encodeURIComponent("fields/Key eq 'o''brien'")}`);
    expect(byKey.json.value.map((i: { fields: { Owner: string } }) => i.fields.Owner)).toEqual(['x']);
    const byOwner = `/sites/${siteId}/lists/${listId}/items?$filter=${encodeURIComponent("fields/Owner eq 'x'")}`;
    expect((await call('GET', byOwner)).status).toBe(400);
    expect((await call('GET', byOwner, undefined, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' })).json.value).toHaveLength(1);
  });

  test('delta pages with nextLink, ends with deltaLink, reports deletions, and answers 410 once history is gone', async () => {
    const listId = await newList('Delta');
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) ids.push((await call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Key: `k${n}`, Seq: n } })).json.id);
    const first = await call('GET', `/sites/${siteId}/lists/${listId}/items/delta?$expand=fields&$top=2`);
    expect(first.json.value).toHaveLength(2);
    let page = first;
    const seen = [...first.json.value];
    while (page.json['@odata.nextLink']) {
      page = await call('GET', page.json['@odata.nextLink']);
      seen.push(...page.json.value);
    }
    expect(seen.map((i) => i.fields.Key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    const deltaLink = page.json['@odata.deltaLink'];
    expect(deltaLink).toBeTruthy();

    await call('PATCH', `/sites/${siteId}/lists/${listId}/items/${ids[1]}/fields`, { Owner: 'changed' });
    await call('DELETE', `/sites/${siteId}/lists/${listId}/items/${ids[3]}`);
    const changes = await call('GET', deltaLink);
    expect(changes.json.value).toEqual([
      expect.objectContaining({ id: ids[1], fields: expect.objectContaining({ Owner: 'changed' }) }),
      expect.objectContaining({ id: ids[3], deleted: { state: 'deleted' } }),
    ]);
    expect((await call('GET', changes.json['@odata.deltaLink'])).json.value).toEqual([]);

    emulator.forgetDeltaHistory(emulator.site('contoso.sharepoint.com', '/sites/sales'), 'Delta');
    const gone = await call('GET', changes.json['@odata.deltaLink']);
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe('resyncChangesApplyDifferences');
    let restart = await call('GET', gone.headers.get('location') ?? '');
    const again = [...restart.json.value];
    while (restart.json['@odata.nextLink']) {
      restart = await call('GET', restart.json['@odata.nextLink']);
      again.push(...restart.json.value);
    }
    expect(again.map((i) => i.fields.Key)).toEqual(['k0', 'k2', 'k4', 'k1']);
  });

  test('$batch runs up to 20 sub-requests and can throttle some of them', async () => {
    const listId = await newList('Batch');
    const post = (n: number) => ({ id: String(n), method: 'POST', url: `/sites/${siteId}/lists/${listId}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { Key: `b${n}` } } });
    const tooMany = await call('POST', '/$batch', { requests: Array.from({ length: 21 }, (_, n) => post(n)) });
    expect(tooMany.status).toBe(400);
    emulator.failNextBatchItems({ status: 429, retryAfterSeconds: 2, count: 1 });
    const batch = await call('POST', '/$batch', { requests: [post(1), post(2), post(1)] });
    expect(batch.status).toBe(200);
    expect(batch.json.responses.map((r: { status: number }) => r.status)).toEqual([429, 201, 201]);
    expect(batch.json.responses[0].headers['Retry-After']).toBe('2');
  });

  test('injected throttling carries Retry-After; a dropped response still did the work', async () => {
    const listId = await newList('Faults');
    emulator.failNext({ status: 503, retryAfterSeconds: 1, count: 1 });
    const throttled = await call('GET', `/sites/${siteId}/lists/${listId}/items`);
    expect(throttled.status).toBe(503);
    expect(throttled.headers.get('retry-after')).toBe('1');

    emulator.dropResponses(1, /^POST /);
    await expect(call('POST', `/sites/${siteId}/lists/${listId}/items`, { fields: { Key: 'lost' } })).rejects.toThrow('fetch failed');
    expect((await call('GET', `/sites/${siteId}/lists/${listId}/items?$expand=fields`)).json.value).toHaveLength(1);
  });

  test('goes down and comes back with its lists', async () => {
    await emulator.stop();
    await expect(call('GET', `/sites/${siteId}`)).rejects.toThrow('fetch failed');
    await emulator.resume();
    expect((await call('GET', `/sites/${siteId}/lists`)).json.value.length).toBeGreaterThan(0);
  });
});
