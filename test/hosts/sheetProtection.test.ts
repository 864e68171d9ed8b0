import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { formatMessage } from '../../src/i18n/message';
import type { SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { excelHarness } from './excelFake/excelHarness';
import { protectionOf } from './excelFake/sheetProtection';
import { registerDefinition, REGISTER_FORMATS, sampleRows } from './hostFixtures';
import { wpsHarness } from './wpsFake/wpsHarness';
import { SandboxWorkbook } from '../../src/hosts/sandbox/sandboxWorkbook';

/**
 * A manager protects the register so the add-in's locks take effect. Both hosts then refuse changes to locked
 * cells, formatting and growing the table; the adapters must write nothing (not half a row) and say so, and
 * with the sheet password they lift the protection around their writes and put it back.
 */
interface Protectable {
  host: SpreadsheetHost;
  protect(sheet: string, password: string): void;
  protection(sheet: string): { on: boolean; password: string };
}

function excel(): Protectable {
  const h = excelHarness();
  return {
    host: h.host,
    protect: (sheet, password) => Object.assign(protectionOf(h.excel.sheet(sheet)), { protected: true, password }),
    protection: (sheet) => {
      const p = protectionOf(h.excel.sheet(sheet));
      return { on: p.protected, password: p.password };
    },
  };
}

function wps(): Protectable {
  const h = wpsHarness();
  return {
    host: h.host,
    protect: (sheet, password) => { h.fake.sheet(sheet).protection = { on: true, password }; },
    protection: (sheet) => h.fake.sheet(sheet).protection,
  };
}

/** The demo's sandbox grid protects sheets too (its 保护工作表 button), so the pane can be tried on one. */
function sandbox(): Protectable {
  const workbook = new SandboxWorkbook();
  return {
    host: workbook,
    protect: (sheet, password) => workbook.protectSheet(sheet, password),
    protection: (sheet) => {
      const kept = workbook.sheet(sheet)?.protection;
      return { on: kept !== undefined, password: kept?.password ?? '' };
    },
  };
}

const REFUSED = '“客户登记”工作表受保护，本次未写入任何内容';

describe.each([['Excel', excel], ['WPS', wps], ['Sandbox', sandbox]])('%s: a protected register', (_name, make) => {
  async function protectedRegister() {
    const p = make();
    await p.host.ensureTable(registerDefinition());
    await p.host.appendRows(REGISTER_TABLE_NAME, sampleRows(2), REGISTER_FORMATS);
    expect(await p.host.isProtected(REGISTER_SHEET_NAME)).toBe(false);
    p.protect(REGISTER_SHEET_NAME, 'mgr-2026');
    return p;
  }

  test('is detected', async () => {
    const { host } = await protectedRegister();
    expect(await host.isProtected(REGISTER_SHEET_NAME)).toBe(true);
  });

  test('a rep\'s write and new row are refused whole, with a message, and nothing changes', async () => {
    const { host } = await protectedRegister();
    const before = await host.readSheet(REGISTER_SHEET_NAME);
    const written = await host.writeRange(REGISTER_SHEET_NAME, 1, 0, [[99, '格林电子']]);
    const appended = await host.appendRows(REGISTER_TABLE_NAME, sampleRows(1), REGISTER_FORMATS);
    expect(formatMessage(written.refused!)).toContain(REFUSED);
    expect(formatMessage(appended.refused!)).toContain(REFUSED);
    expect(await host.readSheet(REGISTER_SHEET_NAME)).toEqual(before);
    expect((await host.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(2);
  });

  test('the host itself refuses formatting on the protected sheet (the fakes are as strict as the hosts)', async () => {
    const { host } = await protectedRegister();
    await expect(host.markRows(REGISTER_SHEET_NAME, [{ row: 1, fill: '#FFC7CE', note: null, noteColumn: 1 }], { left: 0, right: 3 })).rejects.toThrow(/protected/);
  });

  test('with the sheet password the writes go through and the sheet is protected again, with the same password', async () => {
    const p = await protectedRegister();
    const outcome = await p.host.withSheetUnprotected(REGISTER_SHEET_NAME, 'mgr-2026', async () => {
      const added = await p.host.appendRows(REGISTER_TABLE_NAME, sampleRows(3).slice(2), REGISTER_FORMATS);
      await p.host.markRows(REGISTER_SHEET_NAME, [{ row: added.firstRow, fill: '#FFC7CE', note: null, noteColumn: 1 }], { left: 0, right: 3 });
      return added;
    });
    expect(outcome).toEqual({ done: true, value: { firstRow: 3 } });
    expect((await p.host.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(3);
    expect(p.protection(REGISTER_SHEET_NAME)).toEqual({ on: true, password: 'mgr-2026' });
  });

  test('the protection is put back even when the writes fail', async () => {
    const p = await protectedRegister();
    await expect(p.host.withSheetUnprotected(REGISTER_SHEET_NAME, 'mgr-2026', async () => { throw new Error('网络中断'); })).rejects.toThrow('网络中断');
    expect(p.protection(REGISTER_SHEET_NAME)).toEqual({ on: true, password: 'mgr-2026' });
  });

  test('a wrong password is an outcome with a message; nothing runs and the sheet stays protected', async () => {
    const p = await protectedRegister();
    let ran = false;
    const outcome = await p.host.withSheetUnprotected(REGISTER_SHEET_NAME, 'guess', async () => { ran = true; });
    expect(outcome.done).toBe(false);
    expect(formatMessage((outcome as { reason: Parameters<typeof formatMessage>[0] }).reason)).toBe('工作表密码不正确，“客户登记”仍受保护，未写入任何内容。');
    expect(ran).toBe(false);
    expect(p.protection(REGISTER_SHEET_NAME)).toEqual({ on: true, password: 'mgr-2026' });
  });
});
