import type { HexColor } from '../../core/summary/sheetSpec';

/**
 * ET stores colours as BGR longs (0xBBGGRR, the Windows COLORREF), so '#FFC7CE' is written as 0xCEC7FF.
 * Writing the RGB number instead paints blue where red was meant.
 */
export function bgrOf(hex: HexColor): number {
  const rgb = Number.parseInt(hex.slice(1), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}
