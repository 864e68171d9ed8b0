import { randomUUID } from 'node:crypto';
import { EmulatedList, GraphFailure, type ColumnDefinition, type EmulatedColumn, type EmulatedItem, type Fields } from './emulatedList';
import { checkFilterable, matches, parseItemQuery, type ItemQuery } from './odataQuery';
import { accessDenied, SiteSecurity, type EmulatedUser } from './emulatedSecurity';

export interface EmulatedRequest {
  method: string;
  /** Path below the version segment, with its query: "/sites/…/items?$top=5". */
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: unknown;
}

/** A signed-in account of the emulated tenant. */
export type UserDirectoryEntry = Omit<EmulatedUser, 'id'>;

export interface EmulatedResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export class EmulatedSite {
  readonly id: string;
  readonly lists = new Map<string, EmulatedList>();
  readonly security: SiteSecurity;

  constructor(readonly hostname: string, readonly path: string) {
    this.id = `${hostname},${randomUUID()},${randomUUID()}`;
    this.security = new SiteSecurity(path.split('/').pop() || hostname);
  }

  /** May the caller edit or delete this item? Permission on the list, then the list's WriteSecurity. */
  demandItemWrite(user: EmulatedUser, list: EmulatedList, item: EmulatedItem, kind: 'EditListItems' | 'DeleteListItems'): void {
    this.security.demand(user.id, list.scope, kind);
    const overrides = this.security.has(user.id, list.scope, 'CancelCheckout');
    if (!overrides && (list.writeSecurity === 4 || (list.writeSecurity === 2 && item.authorId !== user.id))) throw accessDenied();
  }

  list(idOrTitle: string): EmulatedList {
    const found = this.lists.get(idOrTitle)
      ?? [...this.lists.values()].find((list) => list.displayName.toLowerCase() === idOrTitle.toLowerCase());
    if (!found) throw new GraphFailure(404, 'itemNotFound', 'The specified list was not found');
    return found;
  }
}

const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;

interface DeltaToken {
  /** Changes after this sequence number… */
  since: number;
  /** …already returned up to this one (paging)… */
  after: number;
  /** …and no later than this one, fixed when a round's first page is read (null until then). */
  until: number | null;
  top: number;
  expandFields: boolean;
  fieldSelect: string[] | null;
}

/** Middleware in front of the routes (say, a personal site's /me/drive): answers, or calls `next`. */
export interface RouteGate {
  handle(request: EmulatedRequest, caller: UserDirectoryEntry, next: () => EmulatedResponse): EmulatedResponse;
}

/** The Graph subset the SharePoint store uses, as a pure request → response function over the sites. */
export class GraphRoutes {
  readonly sites: EmulatedSite[] = [];
  readonly gates: RouteGate[] = [];

  constructor(private readonly baseUrl: () => string, private readonly now: () => string) {}

  /** `user` is who the request's token belongs to (the emulator resolved it); its site user is used per site. */
  handle(request: EmulatedRequest, user: UserDirectoryEntry): EmulatedResponse {
    try {
      const chain = this.gates.reduceRight<() => EmulatedResponse>((next, gate) => () => gate.handle(request, user, next), () => this.route(request, user));
      return chain();
    } catch (error) {
      if (error instanceof GraphFailure) return failure(error);
      throw error;
    }
  }

  private route(request: EmulatedRequest, caller: UserDirectoryEntry): EmulatedResponse {
    const queryAt = request.url.indexOf('?');
    const path = decodeURIComponent(queryAt < 0 ? request.url : request.url.slice(0, queryAt));
    const params = new URLSearchParams(queryAt < 0 ? '' : request.url.slice(queryAt + 1));
    if (path === '/me' && request.method === 'GET') {
      return ok({ id: caller.aadId, userPrincipalName: caller.email, mail: caller.email, displayName: caller.title });
    }
    const byPath = /^\/sites\/([^/:]+):(\/[^:]*?)\/?$/.exec(path);
    if (byPath && request.method === 'GET') {
      const found = this.siteByPath(byPath[1], byPath[2]);
      this.siteUser(found, caller);
      return ok(siteJson(found));
    }

    const m = /^\/sites\/([^/]+)(?:\/lists(?:\/([^/]+)(?:\/(columns|items)(?:\/([^/]+)(?:\/(fields))?)?)?)?)?$/.exec(path);
    if (!m) throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${path}'.`);
    const [, siteId, listId, collection, itemId, fieldsSegment] = m;
    const site = this.siteById(siteId);
    const user = this.siteUser(site, caller);
    const { security } = site;
    const method = request.method;

    if (!listId) {
      if (path.endsWith('/lists')) {
        if (method === 'GET') {
          const visible = [...site.lists.values()].filter((list) => security.has(user.id, list.scope, 'ViewListItems'));
          return ok({ value: visible.map((list) => listJson(list, params)) });
        }
        if (method === 'POST') {
          security.demand(user.id, security.web, 'ManageLists');
          return this.createList(site, request.body);
        }
      } else if (method === 'GET') {
        return ok(siteJson(site));
      }
      throw methodNotAllowed();
    }
    const list = site.list(listId);
    security.demand(user.id, list.scope, 'ViewListItems');
    if (!collection) {
      if (method === 'GET') return ok(listJson(list, params));
      throw methodNotAllowed();
    }
    if (collection === 'columns') {
      if (itemId) throw methodNotAllowed();
      if (method === 'GET') return ok({ value: [...list.columns.values()].map(columnJson) });
      if (method === 'POST') {
        security.demand(user.id, list.scope, 'ManageLists');
        return created(columnJson(list.addColumn(request.body as ColumnDefinition)));
      }
      throw methodNotAllowed();
    }
    if (!itemId) {
      if (method === 'GET') return this.listItems(site, list, params, request.headers.prefer);
      if (method === 'POST') {
        security.demand(user.id, list.scope, 'AddListItems');
        return this.createItem(site, list, request.body, user);
      }
      throw methodNotAllowed();
    }
    if (itemId === 'delta' && method === 'GET') return this.delta(site, list, params);
    const id = Number(itemId);
    if (!Number.isInteger(id)) throw new GraphFailure(400, 'invalidRequest', `Invalid item id '${itemId}'`);
    if (fieldsSegment) {
      if (method !== 'PATCH') throw methodNotAllowed();
      site.demandItemWrite(user, list, list.existing(id), 'EditListItems');
      const item = list.update(id, fieldsOf(request.body, false), request.headers['if-match'], this.now(), user.id);
      return ok(fieldsJson(list, item, null));
    }
    if (method === 'GET') return ok(itemJson(site, list, list.existing(id), parseItemQuery(params)));
    if (method === 'DELETE') {
      site.demandItemWrite(user, list, list.existing(id), 'DeleteListItems');
      list.remove(id, request.headers['if-match']);
      return { status: 204, headers: {} };
    }
    throw methodNotAllowed();
  }

  /** The caller as a user of this site (added to its user list on first visit); nobody without access gets in. */
  siteUser(site: EmulatedSite, caller: UserDirectoryEntry): EmulatedUser {
    const user = site.security.ensureUser(caller.email, new Map([[caller.email, caller]]));
    if (site.security.effective(user.id, site.security.web) === 0n
      && ![...site.lists.values()].some((list) => site.security.effective(user.id, list.scope) !== 0n)) throw accessDenied();
    return user;
  }

  private siteByPath(hostname: string, sitePath: string): EmulatedSite {
    const found = this.sites.find((site) => site.hostname === hostname && site.path.toLowerCase() === sitePath.toLowerCase());
    if (!found) throw new GraphFailure(404, 'itemNotFound', 'Requested site could not be found');
    return found;
  }

  /** By id, or by bare host name for the root site. */
  private siteById(id: string): EmulatedSite {
    const found = this.sites.find((site) => site.id === id || (site.hostname === id && site.path === ''));
    if (!found) throw new GraphFailure(404, 'itemNotFound', 'Requested site could not be found');
    return found;
  }

  private createList(site: EmulatedSite, body: unknown): EmulatedResponse {
    const definition = body as { displayName?: string; columns?: ColumnDefinition[] };
    if (!definition?.displayName) throw new GraphFailure(400, 'invalidRequest', 'displayName is required');
    if ([...site.lists.values()].some((list) => list.displayName.toLowerCase() === definition.displayName?.toLowerCase())) {
      throw new GraphFailure(409, 'nameAlreadyExists', 'Name already exists');
    }
    const list = new EmulatedList(definition.displayName, this.now());
    for (const column of definition.columns ?? []) list.addColumn(column);
    site.lists.set(list.id, list);
    return created(listJson(list, new URLSearchParams()));
  }

  private createItem(site: EmulatedSite, list: EmulatedList, body: unknown, user: EmulatedUser): EmulatedResponse {
    const item = list.create(fieldsOf(body, true), this.now(), user.id);
    return created(itemJson(site, list, item, { ...parseItemQuery(new URLSearchParams()), expandFields: true }));
  }

  private listItems(site: EmulatedSite, list: EmulatedList, params: URLSearchParams, prefer: string | undefined): EmulatedResponse {
    const query = parseItemQuery(params);
    checkFilterable(list, query.filter, prefer);
    const skip = Number(params.get('$skiptoken') ?? 0);
    const top = pageSize(query.top);
    const hits = [...list.items.values()].filter((item) => matches(item.fields, query.filter, list)).sort((a, b) => a.id - b.id);
    const page = hits.slice(skip, skip + top);
    const body: Record<string, unknown> = { value: page.map((item) => itemJson(site, list, item, query)) };
    if (skip + top < hits.length) {
      const next = new URLSearchParams(params);
      next.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = `${this.baseUrl()}/sites/${site.id}/lists/${list.id}/items?${next.toString()}`;
    }
    return ok(body);
  }

  /**
   * listItem delta: pages of items changed after the token (deleted ones as `deleted: {state}`), an
   * @odata.nextLink while more remain, then an @odata.deltaLink; a token older than the list's history is 410.
   */
  private delta(site: EmulatedSite, list: EmulatedList, params: URLSearchParams): EmulatedResponse {
    const tokenText = params.get('token');
    const link = (token: DeltaToken): string => `${this.baseUrl()}/sites/${site.id}/lists/${list.id}/items/delta?token=${encodeToken(token)}`;
    let token: DeltaToken;
    if (tokenText) {
      token = decodeToken(tokenText);
      if (token.since > 0 && token.since < list.oldestDeltaSeq) {
        const fresh: DeltaToken = { ...token, since: 0, after: 0, until: null };
        throw new GraphFailure(410, 'resyncChangesApplyDifferences',
          'Resync required. Replace any local items with the server\'s version (including deletes) if you\'re sure that the service was up to date with your local changes when you last sync\'d. Upload any local changes that the server doesn\'t know about.',
          { Location: link(fresh) });
      }
    } else {
      const query = parseItemQuery(params);
      token = { since: 0, after: 0, until: null, top: pageSize(query.top), expandFields: query.expandFields, fieldSelect: query.fieldSelect };
    }
    const query: ItemQuery = { expandFields: token.expandFields, fieldSelect: token.fieldSelect, select: null, filter: [], top: token.top };
    const until = token.until ?? list.changeSeq;
    token = { ...token, until };
    const inRound = (seq: number): boolean => seq > token.after && seq <= until;
    const changed: { seq: number; json: unknown }[] = [...list.items.values()]
      .filter((item) => inRound(item.changeSeq))
      .map((item) => ({ seq: item.changeSeq, json: itemJson(site, list, item, query) }));
    if (token.since > 0) {
      for (const gone of list.tombstones) {
        if (inRound(gone.changeSeq)) {
          changed.push({ seq: gone.changeSeq, json: { id: String(gone.id), parentReference: { siteId: site.id }, deleted: { state: 'deleted' } } });
        }
      }
    }
    changed.sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, token.top);
    const body: Record<string, unknown> = { value: page.map((entry) => entry.json) };
    if (changed.length > token.top) {
      body['@odata.nextLink'] = link({ ...token, after: page[page.length - 1].seq });
    } else {
      body['@odata.deltaLink'] = link({ ...token, since: until, after: until, until: null });
    }
    return ok(body);
  }
}

function decodeToken(text: string): DeltaToken {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as DeltaToken;
  } catch {
    throw new GraphFailure(400, 'invalidRequest', 'Invalid delta token');
  }
}

function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function pageSize(top: number | null): number {
  if (top === null) return DEFAULT_PAGE;
  if (!Number.isInteger(top) || top < 1) throw new GraphFailure(400, 'invalidRequest', 'Invalid $top');
  return Math.min(top, MAX_PAGE);
}

function fieldsOf(body: unknown, wrapped: boolean): Fields {
  const fields = wrapped ? (body as { fields?: Fields } | null)?.fields : (body as Fields | null);
  if (!fields || typeof fields !== 'object') throw new GraphFailure(400, 'invalidRequest', 'The request body has no fields');
  return fields;
}

function siteJson(site: EmulatedSite): object {
  return { id: site.id, name: site.path.split('/').pop(), webUrl: `https://${site.hostname}${site.path}`, displayName: site.path.split('/').pop() };
}

function listJson(list: EmulatedList, params: URLSearchParams): object {
  const json: Record<string, unknown> = {
    id: list.id, name: list.name, displayName: list.displayName, createdDateTime: list.created, list: { template: 'genericList' },
  };
  if (/\bcolumns\b/.test(params.get('$expand') ?? '')) json.columns = [...list.columns.values()].map(columnJson);
  return json;
}

function columnJson(column: EmulatedColumn): object {
  const typed = column.type === 'note' ? { text: { allowMultipleLines: true } } : column.type === 'text' ? { text: { maxLength: 255 } } : { [column.type]: {} };
  return {
    id: column.id, name: column.name, displayName: column.displayName, indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues, readOnly: column.readOnly, ...typed,
  };
}

function itemJson(site: EmulatedSite, list: EmulatedList, item: EmulatedItem, query: ItemQuery): object {
  const etag = list.etag(item);
  const full: Record<string, unknown> = {
    '@odata.etag': etag, id: String(item.id), eTag: etag, createdDateTime: item.created, lastModifiedDateTime: item.modified,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}/${item.id}_.000`,
    contentType: { id: '0x0100', name: 'Item' }, parentReference: { siteId: site.id },
    createdBy: identityJson(site, item.authorId), lastModifiedBy: identityJson(site, item.editorId),
  };
  const json = query.select
    ? Object.fromEntries(Object.entries(full).filter(([key]) => key === '@odata.etag' || query.select?.includes(key)))
    : full;
  if (query.expandFields) json.fields = fieldsJson(list, item, query.fieldSelect);
  return json;
}

function fieldsJson(list: EmulatedList, item: EmulatedItem, select: string[] | null): object {
  const all: Record<string, unknown> = {
    id: String(item.id), ContentType: 'Item', Created: item.created, Modified: item.modified,
    _UIVersionString: `${item.version}.0`, Attachments: false,
    AuthorLookupId: String(item.authorId), EditorLookupId: String(item.editorId), ...item.fields,
  };
  const picked = select ? Object.fromEntries(Object.entries(all).filter(([key]) => select.includes(key))) : all;
  return { '@odata.etag': list.etag(item), ...picked };
}

/** Graph's identitySet for a site user: who SharePoint recorded, from the token, not from the request body. */
function identityJson(site: EmulatedSite, userId: number): object {
  const user = site.security.users.get(userId);
  return user ? { user: { id: user.aadId, displayName: user.title, email: user.email } } : { user: { displayName: 'System Account' } };
}

function ok(body: unknown): EmulatedResponse {
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body };
}

function created(body: unknown): EmulatedResponse {
  return { status: 201, headers: { 'Content-Type': 'application/json' }, body };
}

function methodNotAllowed(): GraphFailure {
  return new GraphFailure(405, 'methodNotAllowed', 'The HTTP method is not allowed on this resource');
}

export function failure(error: GraphFailure): EmulatedResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
    body: {
      error: {
        code: error.code, message: error.message,
        innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() },
      },
    },
  };
}
