import { GraphFailure, type EmulatedList, type FieldValue, type Fields } from './emulatedList';

/** The OData options the emulator honours on list items: $expand=fields($select=…), $select, $filter, $top. */
export interface ItemQuery {
  expandFields: boolean;
  /** Field names to return; null means all. */
  fieldSelect: string[] | null;
  /** Top-level item properties to return; null means all. */
  select: string[] | null;
  filter: FieldCondition[];
  top: number | null;
}

export interface FieldCondition {
  field: string;
  value: FieldValue;
}

export function parseItemQuery(params: URLSearchParams): ItemQuery {
  const expand = params.get('$expand');
  const fieldsExpand = expand?.split(/,(?![^(]*\))/).map((part) => part.trim()).find((part) => /^fields\b/.test(part));
  const nestedSelect = fieldsExpand ? /\(\s*\$select=([^)]*)\)/.exec(fieldsExpand) : null;
  const select = params.get('$select');
  const top = params.get('$top');
  return {
    expandFields: Boolean(fieldsExpand),
    fieldSelect: nestedSelect ? splitList(nestedSelect[1]) : null,
    select: select ? splitList(select) : null,
    filter: parseFilter(params.get('$filter')),
    top: top === null ? null : Number(top),
  };
}

/** Only what the store needs: `fields/X eq 'v'` (or a number or boolean), joined with `and`. */
function parseFilter(filter: string | null): FieldCondition[] {
  if (!filter) return [];
  return filter.split(/\s+and\s+/i).map((clause) => {
    const m = /^\s*fields\/(\w+)\s+eq\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false)\s*$/.exec(clause);
    if (!m) throw new GraphFailure(400, 'invalidRequest', `Invalid filter clause: ${clause}`);
    const literal = m[2];
    const value: FieldValue = literal.startsWith("'") ? literal.slice(1, -1).replace(/''/g, "'")
      : literal === 'true' ? true : literal === 'false' ? false : Number(literal);
    return { field: m[1], value };
  });
}

/** SharePoint refuses to filter on a column that is not indexed unless the caller accepts the risk. */
export function checkFilterable(list: EmulatedList, filter: FieldCondition[], prefer: string | undefined): void {
  const honoured = /HonorNonIndexedQueriesWarningMayFailRandomly/i.test(prefer ?? '');
  for (const { field } of filter) {
    const column = list.column(field);
    if (!column) throw new GraphFailure(400, 'invalidRequest', `Field '${field}' is not recognized`);
    if (!column.indexed && !honoured) {
      throw new GraphFailure(400, 'invalidRequest',
        `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
    }
  }
}

export function matches(fields: Fields, filter: FieldCondition[], list: EmulatedList): boolean {
  return filter.every(({ field, value }) => {
    const actual = fields[list.column(field)?.name ?? field] ?? null;
    return typeof actual === 'string' && typeof value === 'string' ? actual.toLowerCase() === value.toLowerCase() : actual === value;
  });
}

function splitList(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}
