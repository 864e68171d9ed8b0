import type { WorkbookSettings } from '../../hosts/spreadsheetHost';
import { ManagerPasscode, PASSCODE_SETTING, type StoredPasscode } from './managerPasscode';

function memorySettings(): WorkbookSettings & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async <T>(key: string) => (values.has(key) ? structuredClone(values.get(key)) as T : null),
    set: async <T>(key: string, value: T) => {
      values.set(key, structuredClone(value));
    },
  };
}

describe('manager passcode (local mode)', () => {
  test('the first manager sets it: a salted PBKDF2 hash is stored, never the passcode', async () => {
    const settings = memorySettings();
    const passcode = new ManagerPasscode(settings);
    expect(passcode.isUnlocked).toBe(false);
    expect(await passcode.set('经理口令2026', '经理口令2026')).toMatchObject({ ok: true, message: { key: 'identity.passcode.saved' } });
    const stored = settings.values.get(PASSCODE_SETTING) as StoredPasscode;
    expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(JSON.stringify(stored)).not.toContain('经理口令2026');
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
  }, 20_000);

  test('a new pane is locked; only the right passcode unlocks it', async () => {
    const settings = memorySettings();
    await new ManagerPasscode(settings).set('123456a', '123456a');
    const pane = new ManagerPasscode(settings);
    expect(pane.isUnlocked).toBe(false);
    expect(await pane.unlock('123456b')).toMatchObject({ ok: false, message: { key: 'identity.passcode.wrong' } });
    expect(pane.isUnlocked).toBe(false);
    expect(await pane.unlock('123456a')).toMatchObject({ ok: true });
    expect(pane.isUnlocked).toBe(true);
    pane.lock();
    expect(pane.isUnlocked).toBe(false);
  }, 20_000);

  test('two workbooks with the same passcode store different hashes (salted)', async () => {
    const a = memorySettings();
    const b = memorySettings();
    await new ManagerPasscode(a).set('same-pass', 'same-pass');
    await new ManagerPasscode(b).set('same-pass', 'same-pass');
    expect((a.values.get(PASSCODE_SETTING) as StoredPasscode).hash).not.toBe((b.values.get(PASSCODE_SETTING) as StoredPasscode).hash);
  }, 20_000);

  test('short or mistyped passcodes are refused; a set passcode is changed only when unlocked', async () => {
    const settings = memorySettings();
    const first = new ManagerPasscode(settings);
    expect(await first.set('123', '123')).toMatchObject({ ok: false, message: { key: 'identity.passcode.tooShort', params: { min: 6 } } });
    expect(await first.set('1234567', '1234568')).toMatchObject({ ok: false, message: { key: 'identity.passcode.mismatch' } });
    await first.set('1234567', '1234567');
    const rep = new ManagerPasscode(settings);
    expect(await rep.set('hijacked', 'hijacked')).toMatchObject({ ok: false, message: { key: 'identity.passcode.alreadySet' } });
    expect(await rep.unlock('hijacked')).toMatchObject({ ok: false });
    expect(await rep.unlock('1234567')).toMatchObject({ ok: true });
  }, 30_000);
});
