import { classifyPair } from './classifyPair';
import { dedupeKeyOf } from './dedupeKey';
import type { ParsedName } from './parseCompanyName';

/** A registered customer as the unique-key rule sees it. */
export interface RegisteredName {
  key: string;
  parsed: ParsedName;
}

/**
 * The unique key the store holds for a new customer, given the customers already registered that the matcher
 * finds for it (NameIndex.storedKey looks them up):
 * 1. a 同一客户 of a registered customer gets that customer's key, so the store refuses it whatever the trick;
 * 2. otherwise its 查重键 — qualified with its explicit city (安博·上海) when a 关联公司 in another city already holds
 *    that 查重键, so two legal entities get two keys and both can be registered and protected;
 * branches differ already (格林电子·深圳分公司). '' for a name with no letters or digits.
 */
export function storedKeyOf(parsed: ParsedName, registered: Iterable<RegisteredName>): string {
  const key = dedupeKeyOf(parsed);
  if (!key) return '';
  let taken = false;
  for (const other of registered) {
    const verdict = classifyPair(parsed, other.parsed);
    if (verdict?.verdict === 'duplicate') return other.key;
    if (verdict?.verdict === 'branch' && other.key === key) taken = true;
  }
  return taken && parsed.places.length > 0 ? `${key}·${parsed.places.join('')}` : key;
}
