// zh-CN strings for the register on the manager's OneDrive (Microsoft Lists). Placeholders are {name}.
export const oneDrive = {
  'oneDrive.consumerAccount': '这是个人 Microsoft 帐户（家庭版 OneDrive），没有 Microsoft Lists，无法共享登记册；请用工作或学校帐户（Microsoft 365 商业版）登录，或继续使用本工作簿的本地登记册',
  'oneDrive.noDrive': '你的 OneDrive 还没有开通：请先在浏览器中打开一次 OneDrive（office.com → OneDrive），再回来连接',
  'oneDrive.notShared': '{manager} 的 OneDrive 列表还没有共享给你（或已取消共享）：请联系 {manager}（{email}）在 设置 → 数据存储 中把你加入花名册并重新共享',
} as const;
