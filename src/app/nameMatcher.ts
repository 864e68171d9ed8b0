import type { AuditGroup, ParsedName, SharedNameIndex } from '../core/names';

/** The parts of the name matcher the pane uses, loaded on demand. */
export interface NameMatcher {
  dedupeKey(name: string): string;
  parse(name: string): ParsedName;
  /** The register's one name index (its rows and its customers' keys share it). */
  createIndex(): SharedNameIndex;
  /** 同一客户 / 疑似重复 / 关联公司 groups among names (the adoption audit). */
  audit(names: readonly string[]): AuditGroup[];
}

let loading: Promise<NameMatcher> | null = null;

/** Names met again (the sheet, the store and the live check all ask for a row's key) are parsed once. */
const REMEMBERED_KEYS = 200_000;

function remembered(keyOf: (name: string) => string): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      if (keys.size >= REMEMBERED_KEYS) keys.clear();
      keys.set(name, (key = keyOf(name)));
    }
    return key;
  };
}

/** The matcher over the core/names module (the lazily loaded chunk in the pane, a plain import in Node). */
export function matcherOf(names: typeof import('../core/names')): NameMatcher {
  return {
    dedupeKey: remembered((name: string) => names.dedupeKey(name)),
    parse: (name: string) => names.parseCompanyName(name),
    createIndex: () => new names.SharedNameIndex(),
    audit: (list: readonly string[]) => names.auditNames(list),
  };
}

/**
 * The matcher pulls in the pinyin, traditional→simplified and place-name dictionaries (the bulk of the
 * bundle), so it is a separate chunk fetched after the pane has painted; every caller shares one load.
 */
export function loadNameMatcher(): Promise<NameMatcher> {
  loading ??= import(/* webpackChunkName: "name-matcher" */ '../core/names').then(matcherOf);
  return loading;
}
