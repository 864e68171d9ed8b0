import { compareChinese } from './chineseOrder';

const NUMERALS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** 销售一部 before 销售二部: Chinese numerals compare as numbers, not by their pinyin (er < yi). */
function numeralKey(department: string): string {
  return department.replace(/[一二三四五六七八九十]/g, (c) => NUMERALS[c]);
}

/**
 * How summaries order departments: as the roster lists them (the order the manager set the team up in),
 * then departments the roster does not name by number and pinyin, and records with no department last.
 */
export function departmentOrder(roster: readonly { department: string }[] = []): (a: string, b: string) => number {
  const rank = new Map<string, number>();
  for (const member of roster) {
    const department = member.department.trim();
    if (department && !rank.has(department)) rank.set(department, rank.size);
  }
  return (a, b) => Number(a === '') - Number(b === '')
    || (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size)
    || compareChinese(numeralKey(a), numeralKey(b));
}
