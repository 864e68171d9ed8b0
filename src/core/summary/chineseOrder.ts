const collator = new Intl.Collator('zh-CN');

/** Orders names the way a Chinese reader looks them up: by pinyin (陈 < 李 < 王 < 张). */
export function compareChinese(a: string, b: string): number {
  return collator.compare(a, b);
}
