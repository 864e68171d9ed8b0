import { BRANCH_ORDINAL, BRANCH_STATIONED, BRANCH_TAILS, ENGLISH_BRANCH_TAIL } from './branchTails';
import { canonicalPlace, placeLexicon } from './placeNames';
import { longestPlaceSuffix, MIN_PART } from './placeParsing';

export interface BranchPart {
  /** The rest of the name, before the branch. */
  rest: string;
  /** The branch's place (深圳) or qualifier (华南, 销售), '' when none is written. */
  place: string;
  tail: string;
}

// A legal form inside the name, with a short qualifier after it: 格林电子有限公司华南分公司 → 华南.
const QUALIFIER_AFTER_FORM = /^(.{2,}(?:公司|集团))(.{1,6})$/;
// A region or a function before the tail, with or without a legal form before it: 格林电子华南分公司.
const REGION_OR_FUNCTION = /(华南|华东|华北|华中|华西|西南|西北|东北|东南|销售|营销|售后|技术服务|服务)$/;

/** 分公司, 驻广州办事处, 服务中心 … at the end of a compact name; null when it has none. */
export function takeBranchTail(compact: string): BranchPart | null {
  const tail = BRANCH_TAILS.longestSuffixOf(compact, MIN_PART);
  if (!tail) return null;
  let rest = compact.slice(0, -tail.length);
  const ordinal = BRANCH_ORDINAL.exec(rest);
  let fullTail = tail;
  if (ordinal && rest.length - ordinal[1].length >= MIN_PART) {
    fullTail = ordinal[1] + tail;
    rest = rest.slice(0, -ordinal[1].length);
  }
  let place = '';
  const written = longestPlaceSuffix(rest);
  if (written) {
    place = canonicalPlace(written);
    rest = rest.slice(0, -written.length);
  }
  if (rest.endsWith(BRANCH_STATIONED) && rest.length > MIN_PART) rest = rest.slice(0, -BRANCH_STATIONED.length);
  const qualified = QUALIFIER_AFTER_FORM.exec(rest);
  if (qualified) {
    place = qualified[2] + place;
    rest = qualified[1];
  } else {
    const region = REGION_OR_FUNCTION.exec(rest);
    if (region && rest.length - region[1].length >= MIN_PART) {
      place = region[1] + place;
      rest = rest.slice(0, -region[1].length);
    }
  }
  return { rest, place, tail: fullTail };
}

/** "… Co., Ltd. Shenzhen Branch" → the text before, with place shenzhen and tail branch. */
export function takeEnglishBranch(readable: string): { text: string; place: string; tail: string } | null {
  const m = ENGLISH_BRANCH_TAIL.exec(readable);
  if (!m || m.index === 0) return null;
  const words = readable.slice(0, m.index).split(/[\s,]+/).filter(Boolean);
  const last = words[words.length - 1]?.replace(/\.$/, '') ?? '';
  const hasPlace = words.length > 1 && placeLexicon().latin.has(last);
  const text = hasPlace ? words.slice(0, -1).join(' ') : words.join(' ');
  return { text, place: hasPlace ? last : '', tail: m[1].replace(/\s+/g, ' ') };
}
