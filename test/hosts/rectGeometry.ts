/**
 * Rectangles of cells, inclusive on both ends, for both fakes: Excel's counts from 0 and ET's from 1, but
 * overlap, difference and size do not depend on where counting starts.
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The parts of `rect` outside `hole` (at most four rectangles). */
export function subtract(rect: Rect, hole: Rect): Rect[] {
  if (!intersects(rect, hole)) return [rect];
  const parts: Rect[] = [];
  if (rect.top < hole.top) parts.push({ ...rect, bottom: hole.top - 1 });
  if (rect.bottom > hole.bottom) parts.push({ ...rect, top: hole.bottom + 1 });
  const top = Math.max(rect.top, hole.top);
  const bottom = Math.min(rect.bottom, hole.bottom);
  if (rect.left < hole.left) parts.push({ top, bottom, left: rect.left, right: hole.left - 1 });
  if (rect.right > hole.right) parts.push({ top, bottom, left: hole.right + 1, right: rect.right });
  return parts;
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}
