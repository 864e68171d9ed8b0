import type { StoreChanges } from '../claimStore';
import {
  activityFromItem, customerFromItem, rosterFromItem, SETTINGS_KEY, settingsFromItem, type GraphListItem,
} from './fieldMapping';
import type { ListKey } from './listSchema';
import type { SharePointLists } from './sharePointLists';

/** The cursor of `changes`: the four lists' delta links (null: start from everything). */
export type DeltaLinks = Record<ListKey, string>;

/**
 * One round of the four lists' delta feeds as the store's changes. `names` is asked for once the feeds are
 * read (with whether the roster changed in this round), because log lines name their actor by the roster.
 */
export async function readListChanges(
  lists: SharePointLists, links: DeltaLinks | null, names: (rosterChanged: boolean) => Promise<ReadonlyMap<string, string>>,
): Promise<StoreChanges> {
  const next = {} as DeltaLinks;
  const feeds = {} as Record<ListKey, GraphListItem[]>;
  for (const key of ['customers', 'activities', 'roster', 'settings'] as const) {
    const { items, deltaLink } = await lists.drain<GraphListItem>(links?.[key] ?? lists.deltaStart(key));
    // An item can appear more than once in a delta feed; the last occurrence is its state.
    feeds[key] = [...new Map(items.map((item) => [item.id, item])).values()];
    next[key] = deltaLink ?? links?.[key] ?? lists.deltaStart(key);
  }
  const live = (items: GraphListItem[]) => items.filter((item) => !item.deleted);
  const gone = (items: GraphListItem[]) => items.filter((item) => item.deleted).map((item) => item.id);
  const settings = live(feeds.settings).filter((item) => item.fields?.SettingsKey === SETTINGS_KEY).at(-1);
  const byAccount = await names(links === null || feeds.roster.length > 0);
  return {
    cursor: JSON.stringify(next),
    reset: links === null,
    customers: live(feeds.customers).map(customerFromItem),
    removedCustomerIds: gone(feeds.customers),
    activities: live(feeds.activities).map((item) => activityFromItem(item, byAccount)),
    roster: live(feeds.roster).map(rosterFromItem),
    removedRosterIds: gone(feeds.roster),
    settings: settings ? settingsFromItem(settings) : null,
  };
}
