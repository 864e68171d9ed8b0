import type { Client } from '@microsoft/microsoft-graph-client';
import { asUnavailable, classifyGraphError } from './graphErrors';
import { selectedFields, type GraphFields, type GraphListItem } from './fieldMapping';
import { LIST_SPECS, type ListKey } from './listSchema';

export type ListIds = Record<ListKey, string>;

/** Items per page when reading a whole list or its delta (Graph allows up to 5000; smaller pages throttle less). */
export const PAGE_SIZE = 1000;

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Reads and writes the items of the four provisioned lists of one site; every call is one Graph request. */
export class SharePointLists {
  private readonly expandFields: Record<ListKey, string>;

  constructor(readonly client: Client, readonly siteId: string, readonly ids: ListIds) {
    this.expandFields = Object.fromEntries(
      LIST_SPECS.map((spec) => [spec.key, `fields($select=${selectedFields(spec.columns)})`]),
    ) as Record<ListKey, string>;
  }

  itemsPath(list: ListKey): string {
    return `/sites/${this.siteId}/lists/${this.ids[list]}/items`;
  }

  /** Every item, or those whose (indexed) column equals `value`; follows @odata.nextLink. */
  async query(list: ListKey, where?: { column: string; value: string }): Promise<GraphListItem[]> {
    return (await this.drain<GraphListItem>(this.queryUrl(list, where))).items;
  }

  /** The request for `query`'s first page, relative to the version root (usable inside a $batch too). */
  queryUrl(list: ListKey, where?: { column: string; value: string }): string {
    // The Graph client passes query strings through as given, so the filter value is encoded here.
    const filter = where ? `&$filter=${encodeURIComponent(`fields/${where.column} eq ${odataString(where.value)}`)}` : '';
    return `${this.itemsPath(list)}?$expand=${this.expandFields[list]}&$top=${PAGE_SIZE}${filter}`;
  }

  async findOne(list: ListKey, column: string, value: string): Promise<GraphListItem | null> {
    return (await this.query(list, { column, value }))[0] ?? null;
  }

  async create(list: ListKey, fields: GraphFields): Promise<GraphListItem> {
    return await this.client.api(this.itemsPath(list)).post({ fields }) as GraphListItem;
  }

  /** PATCH …/fields, under If-Match when given; returns the new version (the fieldValueSet's @odata.etag). */
  async update(list: ListKey, itemId: string, fields: GraphFields, ifMatch?: string): Promise<string> {
    const request = this.client.api(`${this.itemsPath(list)}/${itemId}/fields`);
    const result = await (ifMatch ? request.header('If-Match', ifMatch) : request).patch(fields) as GraphFields;
    return String(result['@odata.etag'] ?? '');
  }

  async remove(list: ListKey, itemId: string, ifMatch?: string): Promise<void> {
    const request = this.client.api(`${this.itemsPath(list)}/${itemId}`);
    await (ifMatch ? request.header('If-Match', ifMatch) : request).delete();
  }

  /** The first delta request for a list: the whole current state, paged. */
  deltaStart(list: ListKey): string {
    return `${this.itemsPath(list)}/delta?$expand=${this.expandFields[list]}&$top=${PAGE_SIZE}`;
  }

  /** Follows nextLinks to the end; returns the items and the deltaLink when the pages were a delta feed. */
  async drain<T>(firstUrl: string): Promise<{ items: T[]; deltaLink: string | null }> {
    const items: T[] = [];
    let url: string | undefined = firstUrl;
    let deltaLink: string | null = null;
    while (url) {
      let page: Page<T>;
      try {
        page = await this.client.api(url).get() as Page<T>;
      } catch (error) {
        throw classifyGraphError(error).kind === 'resync' ? error : asUnavailable(error);
      }
      items.push(...page.value);
      url = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    }
    return { items, deltaLink };
  }
}

/** An OData string literal: quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
