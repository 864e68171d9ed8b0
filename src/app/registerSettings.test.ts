import { DEFAULT_CLAIM_POLICY } from '../core/claims';
import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import { readRegisterSettings, saveColumnMapping, savePolicy, saveRoster } from './registerSettings';

function memorySettings(initial: Record<string, unknown> = {}): WorkbookSettings & { saved: Record<string, unknown> } {
  const saved: Record<string, unknown> = { ...initial };
  return {
    saved,
    get: async <T>(key: string) => (key in saved ? (saved[key] as T) : null),
    set: async <T>(key: string, value: T) => { saved[key] = value; },
  };
}

describe('register settings in the workbook', () => {
  test('a workbook without settings gets the default policy, no roster and no column mapping', async () => {
    expect(await readRegisterSettings(memorySettings())).toEqual({
      policy: DEFAULT_CLAIM_POLICY, roster: [], columnMapping: null, policyProblems: [],
    });
  });

  test('saved changes are laid over the defaults; a broken roster entry is dropped', async () => {
    const settings = memorySettings({
      policy: { protection: { protectDays: 60 } },
      roster: [{ name: '张三', department: '销售一部', isManager: true, hireDate: '2020-03-01' }, { name: '', department: 'x' }, '李四'],
    });
    const read = await readRegisterSettings(settings);
    expect(read.policy.protection).toEqual({ enabled: true, protectDays: 60 });
    expect(read.roster.map((m) => m.name)).toEqual(['张三']);
  });

  test('an impossible saved policy falls back to the defaults and says why', async () => {
    const read = await readRegisterSettings(memorySettings({ policy: { protection: { protectDays: -5 } } }));
    expect(read.policy).toEqual(DEFAULT_CLAIM_POLICY);
    expect(read.policyProblems[0]).toEqual({ key: 'claims.policy.protectDays', params: { value: -5 } });
  });

  test('an invalid policy is not saved; a valid one and a roster are', async () => {
    const settings = memorySettings();
    expect(await savePolicy(settings, { quota: { closeQuota: 0 } })).toHaveLength(1);
    expect(settings.saved.policy).toBeUndefined();
    expect(await savePolicy(settings, { quota: { closeQuota: 20 } })).toEqual([]);
    await saveRoster(settings, [{ name: '王五', department: '销售二部', isManager: false, hireDate: '2026-05-01' as never }]);
    expect(Object.keys(settings.saved)).toEqual(['policy', 'roster']);
  });

  test('an adopted sheet\'s mapping keeps the headers it does not name as ignored; an older mapping ignores none', async () => {
    const settings = memorySettings();
    await saveColumnMapping(settings, { name: '公司名称', productLine: '样品', sampleModel: '样品型号' }, ['公司名称', '样品', '备忘', '', '备忘']);
    expect((await readRegisterSettings(settings)).columnMapping).toEqual({
      name: '公司名称', productLine: '样品', sampleModel: '样品型号', ignored: ['备忘'],
    });
    const older = await readRegisterSettings(memorySettings({ columns: { name: '公司名称' } }));
    expect(older.columnMapping).toEqual({ name: '公司名称', ignored: [] });
  });
});
