import type { CellStyle } from './sheetSpec';

/**
 * The styles of the printed summary and daily list: black on white with light fills that survive a
 * monochrome office printer, and the proposal's two zones told apart by colour on screen.
 */
export const HANDOUT_STYLES = {
  title: { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' },
  subtitle: { fontSize: 10, fontColor: '#595959', horizontal: 'center', vertical: 'middle' },
  heading: { bold: true, fontSize: 12, vertical: 'middle' },
  note: { italic: true, fontSize: 9, fontColor: '#595959', vertical: 'top', wrap: true },
  empty: { fontSize: 12, fontColor: '#595959', horizontal: 'center', vertical: 'middle' },
  repSection: { bold: true, fontSize: 12, fill: '#DDEBF7', border: 'medium', vertical: 'middle' },
  zoneOpen: { bold: true, fill: '#FFF2CC', border: 'thin', vertical: 'middle' },
  zoneCooperating: { bold: true, fill: '#E2EFDA', border: 'thin', vertical: 'middle' },
  columnHeader: { bold: true, fill: '#D9D9D9', border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  // '@' (text): a customer name or note that looks like a formula or a number stays what the rep typed.
  text: { border: 'thin', vertical: 'middle', wrap: true, numberFormat: '@' },
  centered: { border: 'thin', horizontal: 'center', vertical: 'middle' },
  date: { border: 'thin', horizontal: 'center', vertical: 'middle', numberFormat: 'yyyy-mm-dd' },
  count: { border: 'thin', horizontal: 'center', vertical: 'middle', numberFormat: '0' },
  ratio: { border: 'thin', horizontal: 'center', vertical: 'middle', numberFormat: '0.0' },
  countLeader: { bold: true, border: 'thin', fill: '#FCE4D6', horizontal: 'center', vertical: 'middle', numberFormat: '0' },
} satisfies Record<string, CellStyle>;

export type HandoutStyle = keyof typeof HANDOUT_STYLES;
