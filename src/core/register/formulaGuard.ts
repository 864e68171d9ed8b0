/**
 * Formula-injection guard (SPEC §3). A customer name such as `=HYPERLINK("http://evil","格林电子")` or
 * `@SUM(A1)` must land in the sheet as the text the rep typed, never run as a formula.
 *
 * Contract: the text is never altered. Prefixing an apostrophe or U+2019 would leak into the value — into
 * the 查重键, the shared list, the phone number "+86 138 0000 0000" — and Excel's own apostrophe is not part of
 * the value a host can write. Instead the host must set the cell's number format to '@' (text) *before*
 * writing the value, in the same batch: a text-formatted cell keeps whatever is written as text in Excel
 * (Office.js `numberFormat`), WPS (`NumberFormat`) and ExcelJS (which never infers formulas from strings).
 * The register's text columns carry '@' for the whole column (registerSchema), so this matters most for
 * cells written elsewhere, e.g. the monthly summary.
 */
export interface SafeText {
  text: string;
  /** True when a host would reinterpret the text if the cell were not formatted as text ('@'). */
  needsTextFormat: boolean;
}

// = + - @ start a formula in Excel and WPS; a leading tab or CR/LF hides one after whitespace. The
// full-width forms are cheap insurance: the text format costs nothing where it was not needed.
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;
// A host also turns these into something else: numbers (13800000000 → 1.38E+10, 0755 → 755), dates,
// times, fractions and percentages start with a digit or a point; ¥100 and (100) are numbers too;
// TRUE/FALSE become booleans.
const COERCIBLE = /^(?:[\d.¥$￥]|\(\d|(?:true|false)$)/i;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** What a host should write for a text value, and whether the cell needs the text format first. */
export function asSafeText(value: string): SafeText {
  return { text: value, needsTextFormat: startsLikeFormula(value) || COERCIBLE.test(value) };
}
