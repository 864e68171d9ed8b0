import type { RegisterField } from './registerSchema';

/**
 * Header words a team's own sheet may use for each register field (Chinese first, then English). The first
 * entry is the register's own header. Compounds that would otherwise be read by their first word
 * (联系人电话 is a phone, 上级客户名称 a parent) are listed explicitly.
 */
export const HEADER_SYNONYMS: Readonly<Record<RegisterField, readonly string[]>> = {
  seq: ['序号', '编号', '序', '行号', 'no', 'seq', 'index'],
  name: ['客户名称', '客户', '公司', '公司名称', '单位名称', '客户全称', '单位', '企业名称', '公司全称', '客户公司',
    '客户单位', '企业', 'customer', 'customername', 'company', 'companyname', 'client', 'clientname', 'account', 'accountname'],
  rep: ['业务员', '销售', '销售员', '负责人', '跟进人', '业务', '业务代表', '销售代表', '客户经理', '所属业务员', '跟进业务员',
    '对应业务员', '拜访人', 'salesrep', 'rep', 'owner', 'salesperson', 'salesman', 'sales', 'accountmanager', 'accountowner'],
  department: ['部门', '事业部', '组', '小组', '业务部门', '所属部门', '部', '销售部门', 'department', 'dept', 'team', 'division'],
  contactPerson: ['联系人', '对接人', '客户联系人', '联系人姓名', '对接人姓名', 'contact', 'contactperson', 'contactname'],
  phone: ['联系电话', '电话', '手机', '联系方式', '手机号', '手机号码', '电话号码', '联系人电话', '联系人手机', '客户电话',
    '公司电话', '客户手机', '座机', 'tel', 'telephone', 'phone', 'phonenumber', 'mobile', 'contactphone'],
  firstContactDate: ['首次联系日期', '首次联系', '联系日期', '登记日期', '首次联系时间', '登记时间', '联系时间', '首联日期',
    '首次接触日期', 'firstcontact', 'firstcontactdate', 'contactdate', 'datecontacted', 'registered', 'registrationdate'],
  visitDate: ['拜访日期', '拜访', '上门日期', '拜访时间', '上门', '上门时间', '走访日期', '面访日期', 'visit', 'visitdate', 'visited'],
  sampleDate: ['送样日期', '送样', '寄样日期', '寄样', '送样时间', '寄样时间', 'sample', 'sampledate', 'samplesent'],
  sampleModel: ['样品型号', '样品', '型号', '样品名称', '送样型号', '寄样型号', 'samplemodel', 'model'],
  dealDate: ['合作日期', '合作', '成交日期', '签约日期', '成交', '签约', '成交时间', '合作时间', '签约时间',
    'dealdate', 'deal', 'closedate', 'won', 'closed'],
  status: ['状态', '阶段', '进度', '客户状态', '跟进状态', '当前状态', '合作状态', 'status', 'stage'],
  nextFollowUpDate: ['再次跟进日期', '跟进', '下次跟进', '下次跟进日期', '跟进日期', '再次跟进', '下次跟进时间', '回访日期',
    '下次联系日期', '下次回访', 'nextfollowup', 'nextfollowupdate', 'followup', 'followupdate'],
  followUpNotes: ['跟进情况', '跟进记录', '跟进内容', '沟通记录', '沟通情况', '跟进说明', '进展', '情况',
    'followupnotes', 'notes', 'activity'],
  protectedUntil: ['保护到期', '保护期', '保护到期日', '保护截止', '保护截止日期', '到期日', 'protecteduntil', 'protectionexpires', 'expires'],
  grade: ['客户等级', '等级', '级别', '客户级别', '客户分类', '分级', '客户类别', 'grade', 'level', 'tier', 'rating'],
  productLine: ['产品线', '产品', '产品类别', '品类', '业务线', '产品类型', 'productline', 'product', 'productcategory'],
  parentCustomer: ['上级客户', '母公司', '总公司', '上级公司', '所属集团', '总部', '上级客户名称', '上级单位',
    'parent', 'parentcustomer', 'parentcompany', 'headquarters'],
  remarks: ['备注', '说明', '其他', '附注', 'remarks', 'remark', 'note', 'comment', 'comments', 'memo'],
  dedupeKey: ['查重键', '查重', 'dedupekey'],
};
