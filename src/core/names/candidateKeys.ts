import { LATIN_BRAND_ALIASES } from './brandAliases';
import { fuzzySyllable } from './fuzzyPinyin';
import type { ParsedName } from './parseCompanyName';
import { pinyin } from 'pinyin-pro';
import { industryPinyin } from './latinReadings';
import { bucketSalt, feedKey, finishKey, hashKey, startKey, visitDeletionHashes } from './keyHash';

/**
 * The buckets a name is filed under, so a query meets its candidates in a few map look-ups instead of a scan.
 * Each bucket feeds one rule of classifyPair; the rule, not the bucket, decides the verdict.
 */
export type Bucket = 'core' | 'brand' | 'sound' | 'edit' | 'latin' | 'chinesePinyin';

/**
 * Receives one key of a name: the hash it is filed under and the hash a query by this name looks under (see
 * keyHash). They differ only where scripts cross — a Chinese name is filed under its pinyin for Latin queries
 * and looks among Latin names — so the audit, which does both for every name, reads the keys once.
 */
export type KeyVisitor = (filed: number, probe: number) => void;

const SALT: Record<Bucket, number> = {
  core: bucketSalt('core'), brand: bucketSalt('brand'), sound: bucketSalt('sound'), edit: bucketSalt('edit'),
  latin: bucketSalt('latin'), chinesePinyin: bucketSalt('chinesePinyin'),
};

const MIN_EDIT_CORE = 4;

/** Visits the keys of a name and of its second reading. A visitor, not an array: an index files a million keys. */
export function visitKeys(p: ParsedName, visit: KeyVisitor): void {
  visitReading(p, visit);
  if (p.alternate) visitReading(p.alternate, visit);
}

function visitReading(p: ParsedName, visit: KeyVisitor): void {
  if (!p.core) return;
  const key = (bucket: Bucket, text: string) => {
    const hash = hashKey(text, SALT[bucket]);
    visit(hash, hash);
  };
  key('core', p.core);
  if (p.generic) return;
  key('brand', p.brand);
  if (p.latin) {
    // Filed among Latin names; looks among Chinese names by their pinyin.
    const across = (text: string) => visit(hashKey(text, SALT.latin), hashKey(text, SALT.chinesePinyin));
    across(latinKey(p.brand));
    // "Xinxiang Zhuangshi": the first word read as a place (新乡) may be the brand's start (信祥).
    const placeWord = latinPlaceWord(p);
    if (placeWord) across(placeWord + p.brand);
  } else {
    const sound = soundKey(p);
    visit(sound, sound);
    // Gelin Dianzi or Gelin Electronics, for a Latin name: the brand's pinyin, and brand + industry in pinyin.
    startKey();
    for (const syllable of p.brandPinyin) feedKey(syllable);
    visit(finishKey(SALT.chinesePinyin), finishKey(SALT.latin));
    if (p.industry.length > 0) {
      feedKey(industryPinyin(p.industry));
      visit(finishKey(SALT.chinesePinyin), finishKey(SALT.latin));
    }
  }
  visitEditKeys(p, (hash) => visit(hash, hash));
}

/** The Latin place word a Latin name starts with (shenzhen), '' when none. */
export function latinPlaceWord(p: ParsedName): string {
  const first = p.places[0] ?? '';
  return p.latin && /^[a-z]+$/.test(first) && p.text.compact.startsWith(first) ? first : '';
}

/** Fuzzy pinyin of the brand and the trade: `${fuzzyPinyin(p.brandPinyin)}|${p.industryKey}`, hashed in pieces. */
function soundKey(p: ParsedName): number {
  startKey();
  p.brandPinyin.forEach((syllable, i) => {
    if (i > 0) feedKey(' ');
    feedKey(fuzzySyllable(syllable));
  });
  feedKey('|');
  feedKey(p.industryKey);
  return finishKey(SALT.sound);
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
function visitEditKeys(p: ParsedName, visit: (hash: number) => void): void {
  if (p.core.length < MIN_EDIT_CORE) return;
  visit(hashKey(p.core, SALT.edit));
  // Deleting either of two equal neighbours gives one key (格林林电子): visitDeletionHashes files it once.
  visitDeletionHashes(p.core, p.brand.length < 3 ? p.brand.length : 0, SALT.edit, visit);
}
