import type { ParsedName } from './parseCompanyName';
import { parseCompanyName } from './parseCompanyName';

/**
 * The 查重键 shown in the register: the core (字号 + 行业) after normalization, plus the branch for a branch office
 * (格林电子·深圳分公司). Of a name's two readings it keeps the one with a leading county short form (昆山格林电子), so
 * the key never drops text that may be the brand and the key of a key is the key; the matcher tries both.
 * '' for a name with no letters or digits. The store's unique key builds on it: see storedKey.
 */
export function dedupeKey(name: unknown): string {
  return dedupeKeyOf(parseCompanyName(name));
}

export function dedupeKeyOf(parsed: ParsedName): string {
  const reading = parsed.alternate ?? parsed;
  if (!reading.core) return '';
  return reading.branch ? `${reading.core}·${reading.branch.place}${reading.branch.tail}` : reading.core;
}
