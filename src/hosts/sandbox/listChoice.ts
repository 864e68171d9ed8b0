/** Where the open list stands when the user commits it with Enter or Tab. */
export interface OpenListState {
  /** The list's items, in order. */
  items: readonly string[];
  /** What the user typed in the list's search box (blank: no search). */
  typed: string;
  /** The search the list has already filtered by (it filters a moment after the last key). */
  filteredBy: string;
  /** The index in `items` of the highlighted item, or null. */
  highlighted: number | null;
}

/**
 * The item Enter or Tab takes from an open list, or null to keep the cell's value: the highlighted item, as
 * Excel's list does; when a search is typed, the highlighted item only if it is among the matches the list
 * shows for that very search, else the first match. A search nothing matches takes nothing — never a blank.
 */
export function itemOnCommit({ items, typed, filteredBy, highlighted }: OpenListState): string | null {
  const highlightedItem = highlighted === null ? null : items[highlighted] ?? null;
  const search = typed.trim().toLowerCase();
  if (!search) return highlightedItem;
  const matches = items.filter((item) => item.toLowerCase().includes(search));
  if (highlightedItem !== null && filteredBy.trim().toLowerCase() === search && matches.includes(highlightedItem)) {
    return highlightedItem;
  }
  return matches[0] ?? null;
}
