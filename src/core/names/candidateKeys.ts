import { LATIN_BRAND_ALIASES } from './brandAliases';
import { fuzzyPinyin } from './fuzzyPinyin';
import type { ParsedName } from './parseCompanyName';
import { pinyin } from 'pinyin-pro';
import { corePinyin } from './latinReadings';

/**
 * The buckets a name is filed under, so a query meets its candidates in a few map look-ups instead of a scan.
 * Each bucket feeds one rule of classifyPair; the rule, not the bucket, decides the verdict.
 */
export type Bucket = 'core' | 'brand' | 'sound' | 'edit' | 'latin' | 'chinesePinyin';

export interface FiledKey {
  bucket: Bucket;
  key: string;
}

const MIN_EDIT_CORE = 4;

/** Where an indexed name is filed. */
export function filedKeys(p: ParsedName): FiledKey[] {
  return keysOf(p, 'filed');
}

/** Where a query looks: the same buckets, except that scripts cross (a Latin query looks among Chinese names). */
export function probeKeys(p: ParsedName): FiledKey[] {
  return keysOf(p, 'probe');
}

function keysOf(p: ParsedName, side: 'filed' | 'probe'): FiledKey[] {
  const keys = readingKeys(p, side);
  return p.alternate ? [...keys, ...readingKeys(p.alternate, side)] : keys;
}

function readingKeys(p: ParsedName, side: 'filed' | 'probe'): FiledKey[] {
  if (!p.core) return [];
  const keys: FiledKey[] = [{ bucket: 'core', key: p.core }];
  if (p.generic) return keys;
  keys.push({ bucket: 'brand', key: p.brand });
  if (p.latin) {
    keys.push({ bucket: side === 'filed' ? 'latin' : 'chinesePinyin', key: latinKey(p.brand) });
    // "Xinxiang Zhuangshi": the first word read as a place (新乡) may be the brand's start (信祥).
    const placeWord = latinPlaceWord(p);
    if (placeWord) keys.push({ bucket: side === 'filed' ? 'latin' : 'chinesePinyin', key: placeWord + p.brand });
  } else {
    keys.push({ bucket: 'sound', key: soundKey(p) });
    const bucket = side === 'filed' ? 'chinesePinyin' : 'latin';
    keys.push({ bucket, key: p.brandPinyin.join('') });
    if (p.industry.length > 0) keys.push({ bucket, key: corePinyin(p) });
  }
  for (const key of editKeys(p)) keys.push({ bucket: 'edit', key });
  return keys;
}

/** The Latin place word a Latin name starts with (shenzhen), '' when none. */
export function latinPlaceWord(p: ParsedName): string {
  const first = p.places[0] ?? '';
  return p.latin && /^[a-z]+$/.test(first) && p.text.compact.startsWith(first) ? first : '';
}

function soundKey(p: ParsedName): string {
  return `${fuzzyPinyin(p.brandPinyin)}|${p.industryKey}`;
}

/** A Latin brand is filed under its pinyin reading: the alias's pinyin when it is a known English name. */
function latinKey(brand: string): string {
  const alias = LATIN_BRAND_ALIASES[brand];
  return alias ? pinyin(alias, { toneType: 'none', separator: '', v: true }) : brand;
}

/**
 * Deletion neighbourhood (as in SymSpell): a core and each of its one-character deletions. Two cores one edit
 * apart — or two adjacent characters apart (雅玛西 / 雅西玛) — always share one of these keys, so typos are found
 * without comparing against every name. A two-character brand deletes only within its industry words (格林电子 →
 * 格林电, 格林子), for a typo there (格林电了): deleting its brand characters would file it with every X林电子.
 */
function editKeys(p: ParsedName): string[] {
  if (p.core.length < MIN_EDIT_CORE) return [];
  const keys = new Set<string>([p.core]);
  const from = p.brand.length < 3 ? p.brand.length : 0;
  for (let i = from; i < p.core.length; i++) keys.add(p.core.slice(0, i) + p.core.slice(i + 1));
  return [...keys];
}
