/// <reference types="office-js" />
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';

/**
 * The one place that decides which spreadsheet the pane talks to, from what Office.onReady reported. This
 * bundle serves Excel only (WPS and the sandbox build their own entries), so any other host gets null and the
 * pane says so rather than half-working.
 */
export async function selectHost(info: { host: Office.HostType | null }): Promise<SpreadsheetHost | null> {
  if (info.host !== Office.HostType.Excel) return null;
  const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../hosts/excel/excelHost');
  return ExcelHost.fromOffice();
}
