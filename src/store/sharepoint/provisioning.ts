import type { Client } from '@microsoft/microsoft-graph-client';
import { message, type Message } from '../../i18n/message';
import { asUnavailable, classifyGraphError } from './graphErrors';
import { columnDefinition, LIST_SPECS, listTitle, type ListSpec } from './listSchema';
import type { ListIds } from './sharePointLists';

export type Provisioned<T> = { ok: true; value: T } | { ok: false; reason: Message };

/** "https://contoso.sharepoint.com/sites/sales" → the Graph site id. */
export async function resolveSite(client: Client, siteUrl: string): Promise<Provisioned<string>> {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return { ok: false, reason: message('store.sharepoint.badSiteUrl', { url: siteUrl }) };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: message('store.sharepoint.badSiteUrl', { url: siteUrl }) };
  const path = url.pathname.replace(/\/+$/, '');
  try {
    const site = await client.api(path ? `/sites/${url.hostname}:${path}` : `/sites/${url.hostname}`).select('id').get() as { id: string };
    return { ok: true, value: site.id };
  } catch (error) {
    if (classifyGraphError(error).kind === 'notFound') return { ok: false, reason: message('store.sharepoint.siteNotFound', { url: siteUrl }) };
    throw asUnavailable(error);
  }
}

interface ExistingList {
  id: string;
  displayName: string;
  columns?: { name: string; enforceUniqueValues?: boolean }[];
}

/**
 * Finds the register's four lists on the site. With `create` (the admin's first connection, which needs
 * Sites.Manage.All) missing lists and columns are added, so running it again is harmless; without it
 * (a rep, Sites.ReadWrite.All) anything missing is reported instead. Either way a key column that lost its
 * "enforce unique values" is refused: without it the server could not decide who registered first.
 */
export async function provisionLists(client: Client, siteId: string, prefix: string, create: boolean): Promise<Provisioned<ListIds>> {
  const existing = await readLists(client, siteId);
  const ids: Partial<ListIds> = {};
  for (const spec of LIST_SPECS) {
    const title = listTitle(prefix, spec);
    const found = existing.find((list) => list.displayName.toLowerCase() === title.toLowerCase());
    const outcome = found ? await completeColumns(client, siteId, found, spec, create) : create
      ? await createList(client, siteId, title, spec)
      : { ok: false as const, reason: message('store.sharepoint.notProvisioned') };
    if (!outcome.ok) return outcome;
    ids[spec.key] = outcome.value;
  }
  return { ok: true, value: ids as ListIds };
}

async function readLists(client: Client, siteId: string): Promise<ExistingList[]> {
  const lists: ExistingList[] = [];
  let url: string | undefined = `/sites/${siteId}/lists?$select=id,displayName&$expand=columns($select=name,enforceUniqueValues)`;
  try {
    while (url) {
      const page = await client.api(url).get() as { value: ExistingList[]; '@odata.nextLink'?: string };
      lists.push(...page.value);
      url = page['@odata.nextLink'];
    }
  } catch (error) {
    throw asUnavailable(error);
  }
  return lists;
}

async function createList(client: Client, siteId: string, title: string, spec: ListSpec): Promise<Provisioned<string>> {
  try {
    const created = await client.api(`/sites/${siteId}/lists`).post({
      displayName: title,
      list: { template: 'genericList' },
      columns: spec.columns.map(columnDefinition),
    }) as { id: string };
    return { ok: true, value: created.id };
  } catch (error) {
    const problem = classifyGraphError(error);
    if (problem.kind === 'forbidden') return { ok: false, reason: message('store.sharepoint.provisionDenied') };
    if (problem.kind === 'duplicate') {
      // Another admin's connection created it a moment ago: use theirs.
      const raced = (await readLists(client, siteId)).find((list) => list.displayName.toLowerCase() === title.toLowerCase());
      if (raced) return completeColumns(client, siteId, raced, spec, true);
    }
    throw asUnavailable(error);
  }
}

async function completeColumns(
  client: Client, siteId: string, list: ExistingList, spec: ListSpec, create: boolean,
): Promise<Provisioned<string>> {
  const present = new Map((list.columns ?? []).map((column) => [column.name.toLowerCase(), column]));
  for (const column of spec.columns) {
    const found = present.get(column.name.toLowerCase());
    if (found) {
      if (column.unique && !found.enforceUniqueValues) {
        return { ok: false, reason: message('store.sharepoint.uniqueMissing', { list: list.displayName, column: column.name }) };
      }
      continue;
    }
    if (!create) return { ok: false, reason: message('store.sharepoint.notProvisioned') };
    try {
      await client.api(`/sites/${siteId}/lists/${list.id}/columns`).post(columnDefinition(column));
    } catch (error) {
      if (classifyGraphError(error).kind === 'forbidden') return { ok: false, reason: message('store.sharepoint.provisionDenied') };
      throw asUnavailable(error);
    }
  }
  return { ok: true, value: list.id };
}
