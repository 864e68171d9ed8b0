import { REGISTER_TABLE_NAME } from '../../../core/register/registerSchema';
import { adoptSheet, findAdoptableSheet } from '../../../app/adoptSheet';
import { LEGACY_HEADER_ROW, LEGACY_SHEET, legacyWorkbook } from './legacySheet';
import { auditNames } from '../../../core/names';

describe('the sandbox\'s old customer sheet', () => {
  test('is found for adoption, header on row 3, every column understood', async () => {
    const workbook = await legacyWorkbook('2026-11-02' as Parameters<typeof legacyWorkbook>[0]);
    expect(await workbook.listSheets()).toEqual([LEGACY_SHEET]);
    const proposal = await findAdoptableSheet(workbook);
    expect(proposal).toMatchObject({ sheet: LEGACY_SHEET, headerRow: LEGACY_HEADER_ROW, columnCount: 9, dataRows: 38 });
    expect(proposal!.detection.unmapped).toEqual([]);
    expect(proposal!.detection.columns).toEqual({
      seq: 0, name: 1, rep: 2, department: 3, visitDate: 4, sampleDate: 5, sampleModel: 6, status: 7, remarks: 8,
    });
  });

  test('adopted as it is, its trick twins come out as duplicate groups and nothing else does', async () => {
    const workbook = await legacyWorkbook('2026-11-02' as Parameters<typeof legacyWorkbook>[0]);
    const proposal = (await findAdoptableSheet(workbook))!;
    const result = await adoptSheet(workbook, proposal, proposal.detection.columns, { audit: auditNames });
    if ('error' in result) throw new Error(result.error.key);
    const table = await workbook.readTable(REGISTER_TABLE_NAME);
    const names = result.groups.map((g) => g.kind + ':' + g.rows.map((r) => table!.rows[r - 1 - table!.firstDataRow][1]).join(' / '));
    expect(names.sort()).toEqual([
      'branch:雅玛西电子有限公司 / 雅玛西电子有限公司苏州分公司',
      'duplicate:东莞市新澳涂料有限公司 / 新澳涂料（东莞）有限公司',
      'duplicate:深圳市格林电子有限公司 / 格林.电子',
    ]);
  });
});
