import { TEXT_FORMAT } from '../../core/register/registerSchema';
import { XL_SHEET_VERY_HIDDEN } from './etConstants';
import type { EtWorksheet } from './etObjectModel';
import type { EtSession } from './etSession';

/**
 * A sheet for the add-in's own data, created on first use: very hidden (the user's unhide list does not show
 * it, and it travels with the file), every cell text so JSON and names stay exactly as written, and the sheet
 * the user was on stays active.
 */
export function veryHiddenSheet(session: EtSession, name: string): EtWorksheet {
  const existing = session.findSheet(name);
  if (existing) return existing;
  const previous = session.activeSheet();
  const sheet = session.addSheet(name);
  sheet.Cells.NumberFormat = TEXT_FORMAT;
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
  session.activate(previous);
  return sheet;
}
