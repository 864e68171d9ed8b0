import type { ParsedName } from './parseCompanyName';
import { parseCompanyName } from './parseCompanyName';

/**
 * The 查重键 shown in the register and held unique by the shared list: the core (字号 + 行业) after
 * normalization, plus the branch for a branch office, so 深圳分公司 can be registered beside its head office.
 * '' for a name with no letters or digits.
 */
export function dedupeKey(name: unknown): string {
  return dedupeKeyOf(parseCompanyName(name));
}

export function dedupeKeyOf(parsed: ParsedName): string {
  if (!parsed.core) return '';
  return parsed.branch ? `${parsed.core}·${parsed.branch.place}${parsed.branch.tail}` : parsed.core;
}
