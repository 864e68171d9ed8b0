import { excelHarness } from '../../../test/hosts/excelFake/excelHarness';
import { registerDefinition } from '../../../test/hosts/hostFixtures';
import { AUTO_SHOW, startWithRegister, type StartupOffice } from './startWithRegister';

function recordingOffice(sharedRuntime: boolean, settings: StartupOffice['settings']) {
  const calls: string[] = [];
  const office: StartupOffice = {
    isSetSupported: (name, version) => name === 'SharedRuntime' && version === '1.1' && sharedRuntime,
    loadWithDocument: async () => { calls.push('setStartupBehavior(load)'); },
    settings,
  };
  return { office, calls };
}

describe('a register workbook checks names from the moment it opens', () => {
  test('where the shared runtime is supported, the add-in loads with the document', async () => {
    const h = excelHarness();
    await h.host.ensureTable(registerDefinition());
    const { office, calls } = recordingOffice(true, h.excel.settings as unknown as StartupOffice['settings']);
    expect(await startWithRegister(office, h.host)).toBe('load');
    expect(calls).toEqual(['setStartupBehavior(load)']);
  });

  test('elsewhere the pane opens with the document (saved into the file, after a refresh)', async () => {
    const h = excelHarness();
    await h.host.ensureTable(registerDefinition());
    h.excel.settings.savedElsewhere('claimRegister.roster', ['李四']);
    const { office, calls } = recordingOffice(false, h.excel.settings as unknown as StartupOffice['settings']);
    expect(await startWithRegister(office, h.host)).toBe('pane');
    expect(calls).toEqual([]);
    expect(h.excel.settings.saved.get(AUTO_SHOW)).toBe('true');
    expect(h.excel.settings.saved.get('claimRegister.roster')).toBe('["李四"]');
  });

  test('a workbook without a register is left alone', async () => {
    const h = excelHarness();
    const { office, calls } = recordingOffice(true, h.excel.settings as unknown as StartupOffice['settings']);
    expect(await startWithRegister(office, h.host)).toBe('none');
    expect(calls).toEqual([]);
    expect(h.excel.settings.saved.has(AUTO_SHOW)).toBe(false);
  });
});
