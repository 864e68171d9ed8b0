import { canonicalPlace, isPlace, placeContains, placeLexicon } from './placeNames';

/** Parts of a name are never stripped down to fewer than this many characters. */
export const MIN_PART = 2;

/** One leading place found, and whether it was a bare district short form (昆山…, not 江苏昆山… or 昆山市…). */
export interface LeadingPlace {
  text: string;
  bare: boolean;
}

/**
 * 广东省深圳市宝安区… → 广东省, 深圳市, 宝安区. A district in short form is a place after a province or city only
 * when it lies inside it (深圳市南山…, but 深圳市新华兴源 keeps 新华兴源); at the very start it is a place
 * (昆山格林…) unless `keepBare` (the second parse, in which the short form is the brand's own start).
 */
export function leadingPlaces(compact: string, keepBare: boolean): LeadingPlace[] {
  const { major, district, districtShort, heads } = placeLexicon();
  const found: LeadingPlace[] = [];
  let rest = compact;
  let outer: string | null = null;
  for (;;) {
    const lengths = heads.get(rest.slice(0, 2));
    if (!lengths) return found;
    let hit: LeadingPlace | null = null;
    for (let i = 0; i < lengths.length && !hit; i++) {
      const len = lengths[i];
      if (len > rest.length - MIN_PART) continue;
      const candidate = rest.slice(0, len);
      if (major.has(candidate) || district.has(candidate)) hit = { text: candidate, bare: false };
      else if (districtShort.has(candidate)) {
        if (outer ? placeContains(outer, candidate) : !keepBare && found.length === 0) {
          hit = { text: candidate, bare: outer === null };
        }
      }
    }
    if (!hit) return found;
    if (major.has(hit.text)) outer = hit.text;
    found.push(hit);
    rest = rest.slice(hit.text.length);
  }
}

/** 格林电子(深圳)有限公司 lost its brackets; 格林电子深圳有限公司 writes the city before the legal form. */
export function takeTrailingPlace(compact: string, places: string[]): string {
  const place = longestPlaceSuffix(compact, (p) => placeLexicon().major.has(p));
  if (!place) return compact;
  places.push(canonicalPlace(place));
  return compact.slice(0, -place.length);
}

export function longestPlaceSuffix(compact: string, accepts: (p: string) => boolean = isPlace): string | null {
  const lengths = placeLexicon().tails.get(compact.slice(-2));
  if (!lengths) return null;
  for (const len of lengths) {
    if (len > compact.length - MIN_PART) continue;
    const candidate = compact.slice(-len);
    if (accepts(candidate)) return candidate;
  }
  return null;
}
