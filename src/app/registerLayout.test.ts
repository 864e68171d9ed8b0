import type { CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import { REGISTER_HEADERS } from '../core/register/registerSchema';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { adoptSheet, proposeAdoption } from './adoptSheet';
import { openRegister } from './openRegister';
import { registerLayout } from './registerLayout';
import { readRegisterSettings } from './registerSettings';
import { auditNames } from '../core/names';

describe('registerLayout', () => {
  test('reads the register the add-in created, every column in its place', () => {
    const found = registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null);
    expect(found).toMatchObject({ layout: { sheet: '客户登记', headerRow: 0, firstDataRow: 1, columnCount: 20 } });
    if (!('layout' in found)) return;
    expect(found.layout.columns).toMatchObject({ seq: 0, name: 1, rep: 2, status: 11, protectedUntil: 14, dedupeKey: 19 });
  });

  test('reads an adopted sheet through its saved mapping, then its own header words', () => {
    const header = ['公司', '跟进人', '最近拜访', '备注', '查重键', '保护到期'];
    const found = registerLayout({ sheet: '老表', firstDataRow: 3, header }, { name: '公司', rep: '跟进人' });
    expect(found).toMatchObject({ layout: { headerRow: 2, columnCount: 6, columns: { name: 0, rep: 1, remarks: 3, dedupeKey: 4, protectedUntil: 5 } } });
  });

  test('refuses a register without the columns the add-in cannot do without', () => {
    const found = registerLayout({ sheet: 's', firstDataRow: 1, header: ['客户名称', '业务员'] }, null);
    expect(found).toEqual({ error: { key: 'host.register.columnsMissing', params: { headers: '保护到期、查重键' } } });
  });
});

describe('a column set to 不导入 on adoption', () => {
  const today = '2026-10-20' as CalendarDate;
  const TEAM_SHEET: CellValue[][] = [
    ['公司名称', '业务员', '样品', '状态'],
    ['深圳市格林电子有限公司', '张三', 'BL-466', '送样'],
  ];
  const SAMPLE = 2;

  async function adoptedWithoutSamples() {
    const h = excelHarness();
    await h.host.writeRange('Sheet1', 0, 0, TEAM_SHEET, TEAM_SHEET[0].map(() => '@'));
    const proposal = await proposeAdoption(h.host, 'Sheet1');
    if ('error' in proposal) throw new Error('no proposal');
    expect(proposal.detection.columns.sampleModel).toBe(SAMPLE);
    const { sampleModel: _ignored, ...columns } = proposal.detection.columns;
    const adopted = await adoptSheet(h.host, proposal, columns, { audit: auditNames });
    if ('error' in adopted) throw new Error('not adopted');
    return h;
  }

  async function reopenedColumns(h: Awaited<ReturnType<typeof adoptedWithoutSamples>>) {
    const opened = await openRegister(h.host, { today, create: true, offerAdoption: true });
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    return opened.session.layout.columns;
  }

  test('stays ignored when the register is reopened, even after the added 样品型号 header is renamed', async () => {
    const h = await adoptedWithoutSamples();
    expect((await readRegisterSettings(h.host.settings)).columnMapping?.ignored).toEqual(['样品']);
    const columns = await reopenedColumns(h);
    expect(Object.values(columns)).not.toContain(SAMPLE);
    const added = columns.sampleModel as number;
    expect(added).toBeGreaterThan(TEAM_SHEET[0].length - 1);

    // The team renames the column the add-in added: its saved header no longer finds it.
    await h.host.writeRange('Sheet1', 0, added, [['规格']], ['@']);
    expect(Object.values(await reopenedColumns(h))).not.toContain(SAMPLE);
  });

  test('without the ignored list (a mapping saved before it was kept) the header words would claim it', () => {
    const header = ['公司名称', '业务员', '样品', '状态', '保护到期', '查重键'];
    const mapping = { name: '公司名称', rep: '业务员', status: '状态', sampleModel: '样品型号' };
    const read = (ignored?: string[]) => {
      const found = registerLayout({ sheet: 'Sheet1', firstDataRow: 1, header }, { ...mapping, ignored });
      if (!('layout' in found)) throw new Error('no layout');
      return found.layout.columns.sampleModel;
    };
    expect(read()).toBe(SAMPLE);
    expect(read(['样品'])).toBeUndefined();
  });
});
