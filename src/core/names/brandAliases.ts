/**
 * Latin names of well-known Chinese brands whose pinyin does not give them away (Huawei is huawei, but Midea
 * is not meidi). Known pairs are flagged 疑似重复; unknown Latin names are compared by pinyin.
 */
export const LATIN_BRAND_ALIASES: Readonly<Record<string, string>> = {
  midea: '美的', lenovo: '联想', haier: '海尔', tencent: '腾讯', alibaba: '阿里巴巴', gree: '格力', zte: '中兴',
  byd: '比亚迪', huawei: '华为', baidu: '百度', xiaomi: '小米', hisense: '海信', skyworth: '创维', changhong: '长虹',
  konka: '康佳', galanz: '格兰仕', aux: '奥克斯', oppo: 'oppo', vivo: 'vivo', sinopec: '中国石化', petrochina: '中国石油',
  cosco: '中远', chint: '正泰', delixi: '德力西', opple: '欧普', nvc: '雷士', foxconn: '富士康', luxshare: '立讯',
  goertek: '歌尔', sunwoda: '欣旺达', desay: '德赛', tcl: 'tcl', dji: '大疆', anta: '安踏', lining: '李宁',
  nippon: '立邦', akzonobel: '阿克苏诺贝尔', dulux: '多乐士', carpoly: '嘉宝莉', maydos: '美涂士', skshu: '三棵树',
  bairun: '百润', wanhua: '万华', valspar: '威士伯',
};
