import { formatMessage } from '../../i18n/message';
import { breachMessage } from './breachText';

test('a breach reads with who and when', () => {
  expect(formatMessage(breachMessage({ kind: 'forgedActor', actor: '张三', claimedActor: '王经理', customer: '格林电子', lineKind: 'transfer', date: '2026-10-08' as never })))
    .toBe('2026-10-08：一条「transfer」记录署名 王经理，服务器记录的操作人是 张三（「格林电子」）');
  expect(formatMessage(breachMessage({ kind: 'overQuota', rep: '张三', count: 31, quota: 30, customers: ['甲'], since: '2026-10-05' as never })))
    .toBe('张三 持有 31 个紧密客户，超出配额 30（自 2026-10-05 起）：甲');
});
