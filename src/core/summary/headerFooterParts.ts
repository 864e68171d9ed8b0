import type { HeaderFooterPart, PageField } from './sheetSpec';

const FIELD_PLACEHOLDER = /\{(page|pages|sheetName|printDate)\}/g;

/**
 * Splits a formatted text such as '第 {page} 页 / 共 {pages} 页' into literal text and page fields. formatMessage
 * leaves unknown placeholders visible, so the translations can place the fields wherever their grammar wants.
 */
export function headerFooterParts(text: string): HeaderFooterPart[] {
  const parts: HeaderFooterPart[] = [];
  let literalStart = 0;
  for (const match of text.matchAll(FIELD_PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > literalStart) parts.push(text.slice(literalStart, start));
    parts.push({ field: match[1] as PageField });
    literalStart = start + match[0].length;
  }
  if (literalStart < text.length) parts.push(text.slice(literalStart));
  return parts;
}
