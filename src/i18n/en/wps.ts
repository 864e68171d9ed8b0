import type { wps as zh } from '../zh-CN/wps';

// English strings for the WPS 表格 add-in shell; the keys must match zh-CN.
export const wps: Record<keyof typeof zh, string> = {
  'wps.ribbon.pane': 'Register pane',
  'wps.ribbon.pane.tip': 'Open the customer register pane: type a company name to check it; record visits, samples and deals.',
  'wps.ribbon.monthlySummary': 'Monthly summary',
  'wps.ribbon.monthlySummary.tip': "Write last month's visited, sampled and cooperating customers of every rep as a printable sheet.",
  'wps.ribbon.printSetup': 'Print setup',
  'wps.ribbon.printSetup.tip': 'Set up the register for printing: A4 landscape, the header row on every page, all columns one page wide.',
  'wps.ribbon.print': 'Print',
  'wps.ribbon.print.tip': 'Send the active sheet to the default printer with its print setup.',
  'wps.pane.otherWorkbook': 'This pane serves “{served}”. The window in front is “{active}”: checks, marks and settings go to “{served}” only.',
  'wps.pane.switchHere': 'Serve the workbook in front',
  'wps.noWorkbook': 'Open or create a workbook first, then use the customer register.',
  'wps.printSetupDone': '"{sheet}" is set up for printing.',
} as const;
