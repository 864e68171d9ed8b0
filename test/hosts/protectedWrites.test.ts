import { ProtectedWrites, withProtectedWrites, type ProtectionAccess } from '../../src/app/protectedWrites';
import { SHEET_PASSWORD_SETTING } from '../../src/app/sheetPassword';
import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import type { Message } from '../../src/i18n/message';
import { excelHarness } from './excelFake/excelHarness';
import { protectionOf } from './excelFake/sheetProtection';
import { column, registerDefinition, REGISTER_FORMATS, sampleRows } from './hostFixtures';
import { wpsHarness } from './wpsFake/wpsHarness';

/**
 * The window discipline behind a protected register: however the register's writes arrive, one
 * unprotect/protect window serves every write queued while it is open, windows never overlap, and once the
 * queue is idle the sheet is protected again with the manager's password.
 */
const KEY = column('查重键');

function excel() {
  const h = excelHarness();
  const model = () => protectionOf(h.excel.sheet(REGISTER_SHEET_NAME));
  return { host: h.host, protect: () => Object.assign(model(), { protected: true, password: 'mgr-2026' }), on: () => model().protected };
}

function wps() {
  const h = wpsHarness();
  const sheet = () => h.fake.sheet(REGISTER_SHEET_NAME);
  return { host: h.host, protect: () => { sheet().protection = { on: true, password: 'mgr-2026' }; }, on: () => sheet().protection.on };
}

describe.each([['Excel', excel], ['WPS', wps]])('%s: protected writes', (_name, make) => {
  async function setUp(manager: boolean) {
    const f = make();
    await f.host.ensureTable(registerDefinition());
    await f.host.appendRows(REGISTER_TABLE_NAME, sampleRows(3), REGISTER_FORMATS);
    await f.host.settings.set(SHEET_PASSWORD_SETTING, 'mgr-2026');
    f.protect();
    const refusals: Message[] = [];
    const access: ProtectionAccess = { sheet: () => REGISTER_SHEET_NAME, isManager: () => manager, refused: (m) => refusals.push(m) };
    const writes = new ProtectedWrites(f.host, access);
    const windows = jest.spyOn(f.host, 'withSheetUnprotected');
    return { ...f, writes, guarded: withProtectedWrites(f.host, writes, access), windows, refusals };
  }

  test('writes that arrive together share one window; protection is back when the queue is idle', async () => {
    const s = await setUp(true);
    const done = Promise.all([
      s.guarded.writeRange(REGISTER_SHEET_NAME, 1, KEY, [['k1'], ['k2']]),
      s.guarded.markRows(REGISTER_SHEET_NAME, [{ row: 1, fill: '#FFEB9C', note: null, noteColumn: 1 }], { left: 0, right: 3 }),
      s.guarded.appendRows(REGISTER_TABLE_NAME, sampleRows(4).slice(3), REGISTER_FORMATS),
    ]);
    await s.writes.idle();
    const [written, , appended] = await done;
    expect(written).toEqual({});
    expect(appended.refused).toBeUndefined();
    expect(s.windows).toHaveBeenCalledTimes(1);
    expect(s.on()).toBe(true);
    expect(await s.host.readRange(REGISTER_SHEET_NAME, { top: 1, bottom: 2, left: KEY, right: KEY })).toEqual([['k1'], ['k2']]);
    expect((await s.host.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(4);
    expect(s.refusals).toEqual([]);
  });

  test('a write that fails inside the window: protection is restored and the writes behind it still run', async () => {
    const s = await setUp(true);
    jest.spyOn(s.host, 'markRows').mockRejectedValueOnce(new Error('网络中断'));
    const failing = s.guarded.markRows(REGISTER_SHEET_NAME, [{ row: 1, fill: '#FFEB9C', note: null, noteColumn: 1 }], { left: 0, right: 3 });
    const after = s.guarded.writeRange(REGISTER_SHEET_NAME, 1, KEY, [['k1']]);
    await expect(failing).rejects.toThrow();
    expect(await after).toEqual({});
    await s.writes.idle();
    expect(s.on()).toBe(true);
    expect(await s.host.readRange(REGISTER_SHEET_NAME, { top: 1, bottom: 1, left: KEY, right: KEY })).toEqual([['k1']]);
  });

  test('a rep: nothing is written, no window is opened, and the refusal is reported', async () => {
    const s = await setUp(false);
    const before = await s.host.readSheet(REGISTER_SHEET_NAME);
    const written = await s.guarded.writeRange(REGISTER_SHEET_NAME, 1, KEY, [['k1']]);
    await s.guarded.markRows(REGISTER_SHEET_NAME, [{ row: 1, fill: '#FFEB9C', note: null, noteColumn: 1 }], { left: 0, right: 3 });
    expect(written.refused).toBeDefined();
    expect(s.windows).not.toHaveBeenCalled();
    expect(s.refusals).toHaveLength(2);
    expect(await s.host.readSheet(REGISTER_SHEET_NAME)).toEqual(before);
    expect(s.on()).toBe(true);
  });
});
