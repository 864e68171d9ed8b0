// zh-CN strings for the WPS 表格 add-in shell (ribbon, task pane window, command results). Placeholders are {name}.
export const wps = {
  'wps.ribbon.pane': '登记面板',
  'wps.ribbon.pane.tip': '打开客户登记面板：输入客户名称即查重，登记拜访、送样与合作。',
  'wps.ribbon.monthlySummary': '生成月度汇总',
  'wps.ribbon.monthlySummary.tip': '把上个月每位业务员拜访、送样和合作的客户写成一张可打印的汇总表。',
  'wps.ribbon.printSetup': '打印设置',
  'wps.ribbon.printSetup.tip': '为客户登记表设置打印格式：A4 横向、每页重复表头、所有列打印在一页宽内。',
  'wps.ribbon.print': '打印',
  'wps.ribbon.print.tip': '按打印设置把当前工作表直接送到默认打印机。',
  'wps.noWorkbook': '请先打开或新建一个工作簿，再使用客户登记册。',
  'wps.printSetupDone': '已为“{sheet}”设置好打印格式。',
  'wps.pane.otherWorkbook': '此面板服务于“{served}”。当前窗口是“{active}”：查重、标记和设置都只写入“{served}”。',
  'wps.pane.switchHere': '改为服务当前工作簿',
} as const;
