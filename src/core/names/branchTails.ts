import { SuffixLexicon } from './suffixLexicon';

/** Tails that make a name a branch of another (分公司, 办事处 …): the verdict is 关联公司, not 同一客户. */
export const BRANCH_TAILS = new SuffixLexicon([
  '分公司', '子公司', '办事处', '代表处', '营业部', '分店', '分厂', '分部', '分行', '支行', '分社', '分院', '分所',
  '分中心', '分理处', '服务部', '销售部', '联络处', '门店', '分支机构', '服务中心', '售后服务中心', '客服中心',
  '销售中心', '营销中心', '运营中心', '销售分公司', '服务站', '维修站', '工作站', '驻外机构',
]);

/** 驻 ("stationed in") before the branch's place: 华为技术有限公司驻广州办事处. */
export const BRANCH_STATIONED = '驻';

/** An ordinal before the tail belongs to it: 第一分公司, 二分厂. */
export const BRANCH_ORDINAL = /(第?[一二三四五六七八九十\d]+)$/;

/** English branch tails, as whole trailing words: "… Shenzhen Branch", "… Representative Office". */
export const ENGLISH_BRANCH_TAIL =
  /[\s,.]+(branch(?:\s+office)?|(?:after-?sales\s+)?service\s+cent(?:er|re)|representative\s+office|rep\.?\s+office|liaison\s+office|sales\s+office|sub-?branch)\.?\s*$/;
