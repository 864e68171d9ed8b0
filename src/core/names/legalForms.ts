import { SuffixLexicon } from './suffixLexicon';

/**
 * 组织形式: the legal-form tail of a company name. Matched longest first at the end of the name, so
 * 股份有限公司 is taken whole rather than as 有限公司.
 */
export const CHINESE_LEGAL_FORMS = new SuffixLexicon([
  '集团股份有限公司', '集团有限责任公司', '集团有限公司', '控股有限公司', '股份有限公司', '有限责任公司',
  '股份合作公司', '有限合伙企业', '普通合伙企业', '合伙企业', '有限合伙', '普通合伙', '特殊普通合伙', '有限公司', '股份公司', '集团公司',
  '总公司', '集团', '公司', '个体工商户', '个人独资企业', '工作室', '经营部', '门市部', '经销部', '商行', '商店',
  '事务所', '工厂', '厂',
]);

/**
 * English legal forms, matched as whole trailing words (or right after a Chinese character: 雅玛西电子ＣＯ．，ＬＴＤ)
 * ("Co., Ltd." must not eat the "co" of "Costco").
 */
export const ENGLISH_LEGAL_FORM_TAIL =
  /(?:[\s,.]+|^|(?<=[\u4e00-\u9fff]))(?:co\.?,?\s*ltd\.?|co\.?,?\s*limited|company\s+limited|corp\.?,?\s*ltd\.?|limited|ltd\.?|inc\.?|incorporated|corporation|corp\.?|company|co\.?|l\.?l\.?c\.?|plc|gmbh|pte\.?|pty\.?|group|holdings?)\s*$/;
