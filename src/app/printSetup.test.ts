import type { CalendarDate } from '../core/dates/calendarDate';
import { excelHeaderFooter, registerPrintLayout } from '../core/summary';
import { REGISTER_SHEET_NAME } from '../core/register/registerSchema';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { openRegister } from './openRegister';
import { printRegister } from './printSetup';

async function openedLayout(host: SpreadsheetHost) {
  const opened = await openRegister(host, { today: '2026-10-20' as CalendarDate, create: true, offerAdoption: false });
  if (opened.kind !== 'opened') throw new Error(opened.kind);
  await opened.session.stop();
  return opened.session.layout;
}

describe('printing the register', () => {
  test('Excel: the layout is set and the user is told to press Ctrl+P', async () => {
    const h = excelHarness();
    const layout = await openedLayout(h.host);
    expect(await printRegister(h.host, layout)).toEqual({ key: 'host.print.pressCtrlP' });
    expect(h.probe.pageLayout(REGISTER_SHEET_NAME)).toMatchObject({
      paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, footer: excelHeaderFooter(registerPrintLayout(0).footer),
    });
  });

  test('a host that can print prints', async () => {
    const h = excelHarness();
    const layout = await openedLayout(h.host);
    const printed: string[] = [];
    const printing = Object.assign(Object.create(h.host) as SpreadsheetHost, {
      capabilities: { ...h.host.capabilities, canPrint: true },
      print: async (sheet: string) => { printed.push(sheet); },
    });
    expect(await printRegister(printing, layout)).toEqual({ key: 'host.print.sent', params: { sheet: REGISTER_SHEET_NAME } });
    expect(printed).toEqual([REGISTER_SHEET_NAME]);
  });
});
