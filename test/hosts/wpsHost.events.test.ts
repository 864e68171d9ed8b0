import type { SheetChange } from '../../src/hosts/spreadsheetHost';
import { hostOnFake } from './wpsFake/hostOnFake';

describe.each([
  ['honours EnableEvents', true],
  ['ignores EnableEvents', false],
])('WPS host: change events (a WPS whose ApiEvent %s)', (_label, eventsHonourEnableEvents) => {
  test('reports the user\'s edits on the watched sheet only, 0-based, and none of the add-in\'s own writes', async () => {
    const { fake, host } = hostOnFake({ eventsHonourEnableEvents });
    fake.application.ActiveWorkbook!.Sheets.Add().Name = '客户登记';
    const changes: SheetChange[] = [];
    await host.onSheetChanged('客户登记', (change) => { changes.push(change); });

    fake.user.type('客户登记', 'B3', [['格林电子', '张敏']]);
    fake.user.type('Sheet1', 'B3', [['别的表']]);
    await host.writeRange('客户登记', 5, 0, [['add-in']]);
    await host.settings.set('roster', ['张敏']);
    fake.user.clear('客户登记', 'A10:T12');
    await host.settled();

    expect(changes).toEqual([
      { sheet: '客户登记', range: { top: 2, left: 1, bottom: 2, right: 2 } },
      { sheet: '客户登记', range: { top: 9, left: 0, bottom: 11, right: 19 } },
    ]);
    expect(fake.app.EnableEvents).toBe(true);
    expect(fake.app.ScreenUpdating).toBe(true);
  });
});

describe('WPS host: event listeners', () => {
  test('one application listener serves every subscription and goes away with the last one', async () => {
    const { fake, host } = hostOnFake();
    const seen: string[] = [];
    const stopA = await host.onSheetChanged('Sheet1', () => { seen.push('a'); });
    const stopB = await host.onSheetChanged('sheet1', () => { seen.push('b'); });
    expect(fake.app.listenerCount('SheetChange')).toBe(1);
    fake.user.type('Sheet1', 'A1', [['x']]);
    await host.settled();
    await stopA();
    fake.user.type('Sheet1', 'A2', [['y']]);
    await host.settled();
    await stopB();
    expect(seen).toEqual(['a', 'b', 'b']);
    expect(fake.app.listenerCount('SheetChange')).toBe(0);
  });

  test('a failing handler is logged and does not stop the others', async () => {
    const { fake, host } = hostOnFake();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: number[] = [];
    await host.onSheetChanged('Sheet1', () => { throw new Error('boom'); });
    await host.onSheetChanged('Sheet1', async (change) => { seen.push(change.range.top); });
    fake.user.type('Sheet1', 'A4', [['x']]);
    await host.settled();
    expect(seen).toEqual([3]);
    expect(error).toHaveBeenCalledWith('Sheet event handler failed', expect.any(Error));
    error.mockRestore();
  });

  test('selection changes report the selected block', async () => {
    const { fake, host } = hostOnFake();
    const selections: unknown[] = [];
    await host.onSelectionChanged('Sheet1', (range) => { selections.push(range); });
    fake.user.select('Sheet1', 'C7:C9');
    await host.settled();
    expect(selections).toEqual([{ top: 6, left: 2, bottom: 8, right: 2 }]);
  });

  test('an event costs a few calls, however large the changed block', async () => {
    const cost = async (address: string) => {
      const { fake, host } = hostOnFake();
      await host.onSheetChanged('Sheet1', () => undefined);
      return fake.calls.during(() => fake.user.clear('Sheet1', address));
    };
    expect(await cost('A1:T5000')).toBe(await cost('A1'));
  });
});

describe('WPS host: workbook settings', () => {
  test('travel in the workbook on a very hidden sheet, as JSON, whatever their size', async () => {
    const { fake, host } = hostOnFake();
    expect(await host.settings.get('policy')).toBeNull();
    expect(await host.listSheets()).toEqual(['Sheet1']);

    const roster = Array.from({ length: 3_000 }, (_, i) => ({ name: `业务员${i}`, department: '华南业务一部', hired: '2026-01-05' }));
    await host.settings.set('roster', roster);
    await host.settings.set('policy', { protectDays: 90 });
    await host.settings.set('storeMode', '0755');
    await host.settings.set('count', 12);
    expect(await host.settings.get('roster')).toEqual(roster);
    expect(await host.settings.get('policy')).toEqual({ protectDays: 90 });
    expect(await host.settings.get('storeMode')).toBe('0755');
    expect(await host.settings.get('count')).toBe(12);

    await host.settings.set('roster', roster.slice(0, 2));
    expect(await host.settings.get('roster')).toEqual(roster.slice(0, 2));
    expect(fake.sheet('_ClaimRegisterSettings').visible).toBe(2);
    expect(fake.application.ActiveSheet.Name).toBe('Sheet1');
  });
});
