import { OfficeMockObject } from 'office-addin-mock';
import { formatMessage } from '../../src/i18n/message';
import type { ExcelApi, OfficeEnvironment } from '../../src/hosts/excel/excelEnvironment';
import { ExcelHost } from '../../src/hosts/excel/excelHost';

/**
 * An independent check of load/sync discipline with Microsoft's office-addin-mock (not our recording fake): a
 * property read before `load` + `sync` gives the mock's "property was not loaded" error there, as it throws
 * PropertyNotLoaded in Office, so a host that forgot a load returns that instead of the cells.
 */
// office-addin-mock takes only the OfficeApp host names from office-addin-manifest, whose other (ES-module)
// dependencies Jest cannot load: the test hands it that one enum from the real package.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: (jest.requireActual('../../node_modules/office-addin-manifest/lib/officeApp.js') as { OfficeApp: object }).OfficeApp,
}));

function mockedExcel(values: unknown[][], sheetProtected: boolean) {
  const range = { values, numberFormat: values.map((row) => row.map(() => 'General')) };
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: { protection: { protected: sheetProtected }, range, getRangeByIndexes() { return this.range; } },
          getItem() { return this.sheet; },
        },
      },
      runtime: { enableEvents: true },
    },
    run: async function run(this: { context: unknown }, _options: unknown, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: { workbook: { worksheets: { sheet: { range: typeof range } } }; runtime: { enableEvents: boolean } } };
  const office: OfficeEnvironment = {
    settings: { get: () => null, set: () => undefined, saveAsync: () => undefined, refreshAsync: () => undefined } as unknown as OfficeEnvironment['settings'],
    isSetSupported: () => false,
  };
  return { mock, host: new ExcelHost(mock as unknown as ExcelApi, office) };
}

describe('ExcelHost against office-addin-mock', () => {
  test('the mock is strict: a property read without load and sync is not the value', async () => {
    const { mock } = mockedExcel([['格林电子']], true);
    const run = (mock as unknown as ExcelApi).run.bind(mock) as (o: object, b: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
    expect(await run({}, async (context) => context.workbook.worksheets.getItem('客户登记').protection.protected)).not.toBe(true);
  });

  test('readRange loads the values before reading them', async () => {
    const { host } = mockedExcel([['格林电子', '张敏']], false);
    expect(await host.readRange('客户登记', { top: 1, left: 0, bottom: 1, right: 1 })).toEqual([['格林电子', '张敏']]);
  });

  test('isProtected loads protection.protected first', async () => {
    expect(await mockedExcel([['']], true).host.isProtected('客户登记')).toBe(true);
    expect(await mockedExcel([['']], false).host.isProtected('客户登记')).toBe(false);
  });

  test('writeRange reads the protection it loaded, writes the cells and leaves events on', async () => {
    const { mock, host } = mockedExcel([['', '']], false);
    expect(await host.writeRange('客户登记', 1, 0, [['格林电子', '0755']])).toEqual({});
    expect(mock.context.workbook.worksheets.sheet.range.values).toEqual([['格林电子', '0755']]);
    expect(mock.context.runtime.enableEvents).toBe(true);
  });

  test('on a protected sheet writeRange writes nothing and says why', async () => {
    const { mock, host } = mockedExcel([['旧值']], true);
    const outcome = await host.writeRange('客户登记', 1, 0, [['新值']]);
    expect(formatMessage(outcome.refused!)).toContain('受保护');
    expect(await host.readRange('客户登记', { top: 1, left: 0, bottom: 1, right: 0 })).toEqual([['旧值']]);
    expect(mock.context.runtime.enableEvents).toBe(true);
  });
});
