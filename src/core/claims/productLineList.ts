import { message, type Message } from '../../i18n/message';
import type { ClaimPolicy } from './claimPolicy';

type ProductLinesRule = ClaimPolicy['productLines'];

/** The team's product lines as a manager typed them: trimmed, blanks and repeats dropped, order kept. */
export function cleanLineList(lines: readonly string[]): string[] {
  return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}

/** What is wrong with the product-line settings; nothing while the rule is dormant. */
export function productLinesProblems(rule: ProductLinesRule): Message[] {
  if (!rule.enabled) return [];
  const lines = cleanLineList(rule.lines);
  if (lines.length === 0) return [message('rules.lines.listEmpty')];
  if (!lines.includes(rule.defaultLine.trim())) return [message('rules.lines.defaultMissing', { line: rule.defaultLine.trim() || '—' })];
  return [];
}

/**
 * The product line a claim is on. Dormant rule: '' (the whole customer). Active rule: the line given, or the
 * manager's default line when none was given — a row registered before the rule was switched on, or a rep who
 * did not pick one — so switching the rule on never turns existing rows into 撞单.
 */
export function effectiveLine(given: string | undefined, policy: ClaimPolicy): string {
  if (!policy.productLines.enabled) return '';
  return (given ?? '').trim() || policy.productLines.defaultLine.trim();
}

/**
 * Product lines switched off again (seed 004 kept dormant): a row on one of the team's other lines is that
 * line's history — visible, credited to its rep, but no claim on the customer, so it neither holds nor
 * duplicates the customer's own row (the default line's, whose owner now holds the whole customer). A line
 * typed that was never on the team's list is no such row: the column is free text while the rule is unused.
 */
export function isDormantLine(given: string | undefined, policy: ClaimPolicy): boolean {
  const { enabled, lines, defaultLine } = policy.productLines;
  const line = (given ?? '').trim();
  return !enabled && line !== '' && line !== defaultLine.trim() && cleanLineList(lines).includes(line);
}

/** Why a line cannot be registered (not on the team's list), or null. Always null while the rule is dormant. */
export function lineProblem(line: string, policy: ClaimPolicy): Message | null {
  if (!policy.productLines.enabled) return null;
  if (!line) return message('claims.invalid.productLine');
  const lines = cleanLineList(policy.productLines.lines);
  // Saved before the team listed its lines: any line is accepted rather than blocking every registration.
  return lines.length === 0 || lines.includes(line) ? null : message('rules.lines.unknown', { line, lines: lines.join('、') });
}

/** Between a customer's 查重键 and a product line in the key of a claim on that line. */
export const LINE_KEY_SEPARATOR = '｜';

/**
 * The key a claim is stored under: the customer's 查重键 for the default line (and whenever the rule is
 * dormant), so the rows a team had before switching product lines on keep their keys; `查重键｜产品线` for
 * any other line, so each line's claim is its own entry and the store still decides races per key.
 */
export function claimKeyOf(dedupeKey: string, productLine: string | undefined, policy: ClaimPolicy): string {
  const line = effectiveLine(productLine, policy);
  if (!dedupeKey || !line || line === policy.productLines.defaultLine.trim()) return dedupeKey;
  return `${dedupeKey}${LINE_KEY_SEPARATOR}${line}`;
}

/** The customer's 查重键 in a claim key (claimKeyOf's inverse). */
export function customerKeyOf(claimKey: string): string {
  const at = claimKey.indexOf(LINE_KEY_SEPARATOR);
  return at < 0 ? claimKey : claimKey.slice(0, at);
}
