/**
 * Excel measures a column in characters of the default font (7 px wide at Calibri 11, plus 5 px padding);
 * Office.js sets it in points (¾ of a pixel).
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
