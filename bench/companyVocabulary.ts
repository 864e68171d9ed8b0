import { BRAND_ENDS, BRAND_HEADS, BRAND_WORDS } from './brandVocabulary';

/**
 * The parts a Chinese company name is built from (行政区划 + 字号 + 行业 + 组织形式), as plain word lists.
 * Brand characters: every character of the brand vocabularies (brandVocabulary.ts); many share a reading, so
 * homophone variants (华兴 / 华星) can be planted.
 */
export const BRAND_CHARACTERS: readonly string[] = [
  ...new Set([...BRAND_HEADS, ...BRAND_ENDS, ...BRAND_WORDS.flatMap((word) => [...word])]),
];

/** Latin letters some brands are written in (TCL, ABB): the full-width trick needs them. */
export const LATIN_BRAND_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export const INDUSTRY_WORDS: readonly string[] = [
  '科技', '电子', '化工', '贸易', '涂料', '五金', '塑胶', '照明', '物流', '机械', '实业', '光电', '电器', '包装',
  '印刷', '建材', '家具', '纺织', '服装', '食品', '医药', '环保', '新材料', '精密', '模具', '汽车配件', '电气',
  '智能科技', '信息技术', '网络科技', '生物科技', '装饰工程', '油墨', '树脂', '胶粘剂', '电路板', '线缆', '陶瓷',
  '玻璃', '不锈钢', '橡胶', '仪器', '供应链', '进出口',
];

/** The three forms a rep swaps freely when re-registering a company (有限公司 ↔ 有限责任公司 ↔ 股份有限公司). */
export const SWAPPABLE_LEGAL_FORMS: readonly string[] = ['有限公司', '有限责任公司', '股份有限公司'];

/** Legal forms with rough shares in a small firm's customer list. */
export const LEGAL_FORMS: readonly { form: string; weight: number }[] = [
  { form: '有限公司', weight: 62 },
  { form: '有限责任公司', weight: 14 },
  { form: '股份有限公司', weight: 10 },
  { form: '集团有限公司', weight: 6 },
  { form: '集团股份有限公司', weight: 2 },
  { form: '厂', weight: 6 },
];

/** Branch tails as they follow a parent's name or a bracketed city. */
export const BRANCH_TAILS: readonly string[] = ['分公司', '办事处'];
