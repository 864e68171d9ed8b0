import { addDays, type CalendarDate } from '../../../core/dates/calendarDate';
import { excelSerialOf } from '../../../core/register/dateCell';
import type { CellValue } from '../../../core/register/cellValue';
import { DATE_FORMAT } from '../../../core/register/registerSchema';
import { SandboxWorkbook } from '../sandboxWorkbook';
import { emptySheet } from '../sandboxSheet';
import { EXAMPLE_OWNERS, GELIN, YAMAXI } from './exampleNames';

/** The team's own list before the add-in: the sheet the adoption screen is tried on. */
export const LEGACY_SHEET = '旧客户表';
export const LEGACY_TITLE = '博蓝科技 客户跟进表（销售部共用，请勿删除）';
export const LEGACY_HEADER = ['编号', '公司名称', '销售', '部门', '拜访时间', '送样时间', '样品', '状态', '备注'];
/** The title sits on row 1 and a blank row follows, as in many hand-made sheets: the header is on row 3. */
export const LEGACY_HEADER_ROW = 2;

const DEPARTMENTS: Record<string, string> = {
  张伟: '销售一部', 王芳: '销售一部', 李娜: '销售一部', 刘洋: '销售一部', 陈静: '销售二部', 杨磊: '销售二部', 赵敏: '销售二部', 黄强: '销售二部',
};

type Entry = [name: string, rep: string, visitedDaysAgo: number | null, sampledDaysAgo: number | null, model: string, status: string, remarks: string];

/**
 * About forty customers as a team keeps them by hand, including the twins adoption must find: the proposal's
 * 格林 written two ways by two reps, a company written with and without its city, and a branch of 雅玛西.
 */
const ENTRIES: Entry[] = [
  [GELIN, EXAMPLE_OWNERS.gelin, 24, 17, 'BL-466', '送样', '样品测试中'],
  ['广州市华星化工有限公司', '陈静', 40, null, '', '拜访', ''],
  [YAMAXI, EXAMPLE_OWNERS.yamaxi, 120, 100, 'FL-208', '合作', '月结 60 天'],
  ['佛山市南海区恒达五金制品厂', '李娜', null, null, '', '电话', '老板姓何'],
  ['东莞市新澳涂料有限公司', '赵敏', 12, null, '', '拜访', '约下周再次拜访'],
  ['中山市金鹰家具有限公司', '张伟', 60, 45, 'PU-105', '合作', ''],
  ['江门市蓝海包装材料有限公司', '黄强', null, null, '', '电话', ''],
  ['惠州市德润电池科技有限公司', '杨磊', 33, 30, 'UV-680', '送样', '要求提供 MSDS'],
  ['珠海市凯旋船舶配件有限公司', '刘洋', null, null, '', '电话', '新人跟进'],
  ['深圳市鹏程精密模具有限公司', '王芳', 70, null, '', '拜访', ''],
  ['肇庆市鼎盛铝业有限公司', '陈静', null, null, '', '电话', ''],
  ['清远市绿源竹木制品有限公司', '赵敏', 15, null, '', '拜访', ''],
  ['汕头市宏图玩具实业有限公司', '李娜', 85, 80, 'NC-220', '合作', ''],
  ['格林.电子', '李娜', null, null, '', '电话', '展会名片'],
  ['厦门市海沧区瑞丰塑胶有限公司', '张伟', null, null, '', '电话', ''],
  ['福州市闽江印刷有限公司', '杨磊', 22, null, '', '拜访', ''],
  ['宁波市北仑区永信机械有限公司', '黄强', null, null, '', '电话', ''],
  ['苏州市吴中区天虹纺织有限公司', '王芳', 50, 41, 'BL-320', '送样', ''],
  ['新澳涂料（东莞）有限公司', '刘洋', null, null, '', '电话', '朋友介绍'],
  ['杭州市萧山区百川管业有限公司', '陈静', 95, 90, 'FL-316', '合作', ''],
  ['无锡市锡山区长风电机有限公司', '赵敏', null, null, '', '电话', ''],
  ['常州市武进区金诺光电有限公司', '张伟', 28, null, '', '拜访', ''],
  ['南京市江宁区博远医疗器械有限公司', '李娜', null, null, '', '电话', ''],
  ['合肥市庐阳区安泰建材有限公司', '杨磊', 65, 58, 'BL-518', '送样', '价格偏高'],
  ['长沙市雨花区湘源食品有限公司', '黄强', null, null, '', '电话', ''],
  ['武汉市汉阳区楚天汽配有限公司', '王芳', 18, null, '', '拜访', ''],
  ['雅玛西电子有限公司苏州分公司', '赵敏', null, null, '', '电话', '分公司采购'],
  ['南昌市青云谱区赣新陶瓷有限公司', '陈静', null, null, '', '电话', ''],
  ['郑州市金水区中原轴承有限公司', '刘洋', 9, null, '', '拜访', ''],
  ['济南市历城区泉城环保设备有限公司', '张伟', null, null, '', '电话', ''],
  ['青岛市黄岛区海润冷链物流有限公司', '李娜', 44, 39, 'UV-680', '送样', ''],
  ['天津市西青区津工阀门有限公司', '杨磊', null, null, '', '电话', ''],
  ['成都市郫都区蜀锦服饰有限公司', '黄强', 30, null, '', '拜访', ''],
  ['重庆市渝北区山城摩托配件有限公司', '王芳', null, null, '', '电话', ''],
  ['西安市未央区秦川仪表有限公司', '赵敏', 110, 102, 'FL-208', '合作', ''],
  ['昆明市官渡区云岭茶业有限公司', '陈静', null, null, '', '电话', ''],
  ['南宁市江南区八桂糖业有限公司', '刘洋', null, null, '', '电话', ''],
  ['贵阳市白云区黔峰药业有限公司', '张伟', 26, 20, 'NC-220', '送样', ''],
];

/** A fresh sandbox workbook holding only the team's old sheet (dates relative to `today`, as real numbers). */
export async function legacyWorkbook(today: CalendarDate): Promise<SandboxWorkbook> {
  const workbook = new SandboxWorkbook({ sheets: [emptySheet(LEGACY_SHEET)], tables: {}, settings: {}, activeSheet: LEGACY_SHEET });
  const date = (daysAgo: number | null): CellValue => (daysAgo === null ? '' : excelSerialOf(addDays(today, -daysAgo)));
  const rows = ENTRIES.map(([name, rep, visited, sampled, model, status, remarks], i): CellValue[] => [
    i + 1, name, rep, DEPARTMENTS[rep], date(visited), date(sampled), model, status, remarks,
  ]);
  await workbook.writeRange(LEGACY_SHEET, 0, 0, [[LEGACY_TITLE]]);
  await workbook.writeRange(LEGACY_SHEET, LEGACY_HEADER_ROW, 0, [LEGACY_HEADER]);
  await workbook.writeRange(LEGACY_SHEET, LEGACY_HEADER_ROW + 1, 0, rows, ['0', '@', '@', '@', DATE_FORMAT, DATE_FORMAT, '@', '@', '@']);
  return workbook;
}
