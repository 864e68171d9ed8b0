import type { AuditGroup, NameIndex, ParsedName } from '../core/names';

/** The parts of the name matcher the pane uses, loaded on demand. */
export interface NameMatcher {
  dedupeKey(name: string): string;
  parse(name: string): ParsedName;
  createIndex(): NameIndex;
  /** 同一客户 / 疑似重复 / 关联公司 groups among names (the adoption audit). */
  audit(names: readonly string[]): AuditGroup[];
}

let loading: Promise<NameMatcher> | null = null;

/**
 * The matcher pulls in the pinyin, traditional→simplified and place-name dictionaries (the bulk of the
 * bundle), so it is a separate chunk fetched after the pane has painted; every caller shares one load.
 */
export function loadNameMatcher(): Promise<NameMatcher> {
  loading ??= import(/* webpackChunkName: "name-matcher" */ '../core/names').then((names) => ({
    dedupeKey: (name: string) => names.dedupeKey(name),
    parse: (name: string) => names.parseCompanyName(name),
    createIndex: () => new names.NameIndex(),
    audit: (list: readonly string[]) => names.auditNames(list),
  }));
  return loading;
}
