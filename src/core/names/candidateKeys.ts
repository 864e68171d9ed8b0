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

/** Receives one key of a name: the bucket it belongs in and the key itself. */
export type KeyVisitor = (bucket: Bucket, key: string) => void;

const MIN_EDIT_CORE = 4;

/**
 * Visits the keys of a name — where it is filed ('filed') or where a query looks ('probe': the same buckets,
 * except that scripts cross, a Latin query looking among Chinese names). A visitor, not an array: the audit
 * visits about a million keys and every array and key object was garbage.
 */
export function visitKeys(p: ParsedName, side: 'filed' | 'probe', visit: KeyVisitor): void {
  visitReading(p, side, visit);
  if (p.alternate) visitReading(p.alternate, side, visit);
}

function visitReading(p: ParsedName, side: 'filed' | 'probe', visit: KeyVisitor): void {
  if (!p.core) return;
  visit('core', p.core);
  if (p.generic) return;
  visit('brand', p.brand);
  if (p.latin) {
    const bucket = side === 'filed' ? 'latin' : 'chinesePinyin';
    visit(bucket, latinKey(p.brand));
    // "Xinxiang Zhuangshi": the first word read as a place (新乡) may be the brand's start (信祥).
    const placeWord = latinPlaceWord(p);
    if (placeWord) visit(bucket, placeWord + p.brand);
  } else {
    visit('sound', soundKey(p));
    const bucket = side === 'filed' ? 'chinesePinyin' : 'latin';
    visit(bucket, p.brandPinyin.join(''));
    if (p.industry.length > 0) visit(bucket, corePinyin(p));
  }
  visitEditKeys(p, (key) => visit('edit', key));
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
function visitEditKeys(p: ParsedName, visit: (key: string) => void): void {
  if (p.core.length < MIN_EDIT_CORE) return;
  visit(p.core);
  const from = p.brand.length < 3 ? p.brand.length : 0;
  let previous = p.core;
  for (let i = from; i < p.core.length; i++) {
    const key = p.core.slice(0, i) + p.core.slice(i + 1);
    // Deleting either of two equal neighbours gives one key (格林林电子): file it once.
    if (key !== previous) visit(key);
    previous = key;
  }
}
