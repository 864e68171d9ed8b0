/**
 * 行业 words that say the same thing: a rep who writes 格林商贸 for 格林贸易 means one company. Each group maps to
 * its first word; two names whose industry words agree after this mapping differ only in wording (行业用词不同).
 * Only true synonyms belong here — 电子 and 电器, or 化工 and 涂料, are different trades.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['科技', '技术', '高科技', '新技术', '高新技术'],
  ['贸易', '商贸', '工贸'],
  ['服饰', '服装'],
  ['电子商务', '电商'],
  ['机械', '机械设备'],
  ['电器', '电气'],
  ['通信', '通讯'],
  ['塑胶', '塑料'],
  ['家具', '家私'],
  ['汽车配件', '汽配'],
  ['医药', '药业', '制药'],
  ['电脑', '计算机'],
  ['线缆', '电缆', '电线'],
  ['电路板', '线路板'],
  ['胶粘剂', '胶水', '粘胶', '胶粘'],
  ['房地产', '地产', '置业'],
  ['钢结构', '钢构'],
  ['照明', '灯饰', '灯具'],
  ['新材料', '新型材料'],
  ['数码', '数字'],
  ['物流', '货运', '运输'],
  ['印刷', '印务', '彩印'],
  ['智能家居', '家居'],
  ['电机', '马达'],
  ['检测', '检验检测'],
  ['新能源', '新能'],
];

const CANONICAL = new Map<string, string>(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group[0]] as const)));

export function canonicalIndustryWord(word: string): string {
  return CANONICAL.get(word) ?? word;
}

/** The industry words as compared: synonyms folded, 机械设备 and 机械 alike. */
export function canonicalIndustry(words: readonly string[]): string {
  return words.map(canonicalIndustryWord).join('');
}
