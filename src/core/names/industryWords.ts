import { SuffixLexicon } from './suffixLexicon';

/**
 * 行业 words: what a company does, between its brand (字号) and its legal form. Stripped from the end of the
 * name, longest first, so 格林电子科技 parses as brand 格林 + industry 电子, 科技.
 */
export const CHINESE_INDUSTRY_WORDS = new SuffixLexicon([
  '科技', '技术', '电子', '电器', '电气', '光电', '化工', '化学', '贸易', '商贸', '工贸', '实业', '工业', '涂料',
  '油漆', '漆业', '树脂', '五金', '塑胶', '塑料', '照明', '灯饰', '物流', '机械', '设备', '机电', '自动化', '智能',
  '信息', '网络', '软件', '通信', '通讯', '新材料', '材料', '能源', '新能源', '环保', '建材', '建筑', '装饰', '工程',
  '投资', '控股', '发展', '国际', '进出口', '供应链', '电子商务', '文化', '传媒', '广告', '咨询', '管理', '服务',
  '餐饮', '食品', '生物', '医药', '医疗', '器械', '纺织', '服装', '服饰', '家具', '家居', '印刷', '包装',
  '模具', '精密', '制造', '制品', '汽车', '汽配', '电池', '半导体', '光学', '仪器', '仪表', '钢铁', '金属', '化纤',
  '玩具', '礼品', '工艺', '陶瓷', '玻璃', '橡胶', '硅胶', '纸业', '木业', '房地产', '置业', '物业', '酒店', '旅游',
  '教育', '农业', '线缆', '电缆', '电线', '电源', '显示', '光伏', '日化', '化妆品', '数码', '计算机', '电脑', '家电',
  '电机', '阀门', '泵业', '轴承', '工具', '电动工具', '超市', '百货', '银行', '保险', '证券', '商业', '连锁', '药业', '制药', '大药房', '药房',
  '集成电路', '微电子', '电路', '线路板', '电路板', '新技术', '高新技术', '高科技', '数据',
  '云计算', '人工智能', '机器人', '精工', '钢构', '钢结构', '铝业', '铜业', '石化', '石油', '燃气', '电力', '水务',
  '节能', '声学', '电声', '音响', '通用', '创新', '新能', '控制', '检测', '测控', '传感',
  '印务', '彩印', '纸品', '胶粘', '粘胶', '涂装', '清洁', '表面处理', '焊接', '激光', '工控', '电控',
  '开关', '连接器',
]);

/** English industry words, matched as whole trailing words of a Latin-script name. */
export const ENGLISH_INDUSTRY_TAIL =
  /(?:\s+)(technolog(?:y|ies)|tech|electronics?|electric(?:al)?|trading|industr(?:y|ies|ial)|international|chemicals?|paints?|coatings?|materials?|machinery|logistics|lighting|hardware|plastics?|software|networks?|communications?|information|science|engineering|manufacturing|products|enterprises?|development|investment|optoelectronics?|semiconductors?|systems?|solutions?)$/;

/**
 * Words that are no brand on their own: a name that is nothing but these (科技有限公司, 中国国际贸易) matches
 * only an identical name, never a fuzzy one.
 */
export const GENERIC_BRAND_WORDS = new Set([
  '中国', '中华', '国际', '环球', '全球', '亚洲', '东方', '华夏', '天下', '世界', '中外', '中美', '中欧', '国泰',
  '新型', '现代', '联合', '合作', '大众', '通用', '华南', '华东', '华北', '华中', '西南', '西北', '东北', '北方',
  '南方', '第一', '首都', '深港', '粤港', '省', '市',
]);
