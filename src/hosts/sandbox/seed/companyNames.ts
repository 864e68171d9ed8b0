import type { SeededRandom } from './seededRandom';

// The parts Chinese company names are made of (行政区划 + 字号 + 行业 + 组织形式), weighted towards the
// Pearl River Delta factories a paint and electronics supplier sells to.
const CITIES = ['深圳市', '东莞市', '广州市', '佛山市', '惠州市', '中山市', '珠海市', '江门市', '苏州市', '宁波市', '厦门市'];
const BRACKET_CITIES = ['深圳', '东莞', '广州', '佛山', '惠州', '中山'];
// No 格 林 琳 雅 玛 西: the proposal's own customers must stay the only 格林 and 雅玛西 in the register.
const BRAND_CHARACTERS = [...'华鑫盛达源泰宏利丰嘉德信联创恒隆美佳兴力通明科瑞祥发金银龙海天宇博航安捷汇成东中光弘凯威越永益星辉腾昌富万顺和正晟骏展铭锦润升誉朗晶峰坤豪俊耀旭新亿'];
const INDUSTRIES = ['电子', '科技', '电器', '光电', '五金', '塑胶', '家具', '木业', '精密', '照明', '模具', '实业', '化工',
  '包装', '印刷', '玩具', '工艺', '灯饰', '电源', '线缆', '电路板', '家居', '漆业', '涂装', '机电', '自动化'];
const LEGAL_FORMS = ['有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '厂'];

/** Characters with a twin of the same pinyin, for the homophone tricks (盛 sheng / 胜 sheng …). */
export const HOMOPHONES: Readonly<Record<string, string>> = {
  盛: '胜', 华: '化', 鑫: '欣', 源: '元', 泰: '太', 宏: '鸿', 利: '力', 丰: '峰', 德: '得', 明: '名', 祥: '翔', 辉: '晖',
  兴: '星', 达: '大', 隆: '龙', 嘉: '佳', 信: '鑫', 瑞: '锐', 俊: '骏', 耀: '曜',
};

export interface CompanyName {
  name: string;
  city: string;
  brand: string;
  industry: string;
  legalForm: string;
}

export function randomCompany(random: SeededRandom): CompanyName {
  const length = random.chance(0.7) ? 2 : 3;
  let brand = '';
  while (brand.length < length) {
    const c = random.pick(BRAND_CHARACTERS);
    if (!brand.includes(c)) brand += c;
  }
  const industry = random.pick(INDUSTRIES);
  const legalForm = random.pick(LEGAL_FORMS);
  const roll = random.next();
  if (roll < 0.12) {
    const city = random.pick(BRACKET_CITIES);
    return { name: `${brand}${industry}（${city}）${legalForm}`, city, brand, industry, legalForm };
  }
  const city = roll < 0.85 ? random.pick(CITIES) : '';
  return { name: `${city}${brand}${industry}${legalForm}`, city, brand, industry, legalForm };
}
