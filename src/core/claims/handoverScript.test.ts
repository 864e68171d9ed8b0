import type { ActivityEntry, ContactKind } from './activity';
import { handoverScript, scriptText, surnameOf, type HandoverScriptInput } from './handoverScript';
import { d, ROSTER } from './__fixtures__/claimFixtures';

const entry = (kind: ContactKind, rep: string, date: string, sampleModel?: string, productLine = ''): ActivityEntry =>
  ({ kind, customerKey: 'k', productLine, date: d(date), by: rep, rep, ...(sampleModel === undefined ? {} : { sampleModel }) });

const input = (fields: Partial<HandoverScriptInput> = {}): HandoverScriptInput =>
  ({ formerRep: '张三', roster: ROSTER, contactPerson: '李经理', company: '博蓝科技', today: d('2026-11-29'), ...fields });

const TAIL = '不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？';

test('the proposal\'s sentence: a sample 45 days ago', () => {
  const history = [entry('phone', '张三', '2026-10-01'), entry('visit', '张三', '2026-10-08'), entry('sample', '张三', '2026-10-15', 'BL-466')];
  const parts = handoverScript(history, input({ contactPerson: '陈', contactGender: 'male' }));
  expect(scriptText(parts!)).toBe(
    '您好，陈先生，我是博蓝科技的，我了解到我公司之前有业务员张先生联系过您，并在45天前给您送过BL-466的样品，' + TAIL);
});

test.each<[string, ActivityEntry[], Partial<HandoverScriptInput>, string]>([
  ['a visit only', [entry('visit', '张三', '2026-10-08')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生联系过您，并在52天前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？'],
  ['a deal, told in months from when it began', [entry('deal', '张三', '2025-03-01'), entry('deal', '张三', '2026-01-10'), entry('sample', '张三', '2026-10-15', 'BL-466')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生负责与贵公司的合作，双方在20个月前开始合作，今后由我来为您服务，看看还有没有什么能帮到您的？'],
  ['only a call', [entry('phone', '张三', '2026-11-20')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生在9天前电话联系过您，不知您最近有没有这方面的需要，看看还有没有什么能帮到您的？'],
  ['the latest sample, 61 days → months', [entry('sample', '张三', '2026-08-01', 'BL-100'), entry('sample', '张三', '2026-09-29', 'BL-200')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生联系过您，并在2个月前给您送过BL-200的样品，' + TAIL],
  ['60 days is still days', [entry('sample', '张三', '2026-09-30', 'BL-200')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生联系过您，并在60天前给您送过BL-200的样品，' + TAIL],
  ['a sample without model', [entry('sample', '张三', '2026-11-19', '')], {},
    '您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员张先生联系过您，并在10天前给您送过样品，' + TAIL],
  ['a female former rep, a contact of unknown gender', [entry('visit', '李四', '2026-11-19')], { formerRep: '李四', contactPerson: '陈明' },
    '您好，陈明，我是博蓝科技的，我了解到我公司之前有业务员李女士联系过您，并在10天前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？'],
  ['a former rep of unknown gender by full name', [entry('visit', '王五', '2026-11-19')], { formerRep: '王五', contactPerson: '陈', contactGender: 'female' },
    '您好，陈女士，我是博蓝科技的，我了解到我公司之前有业务员王五联系过您，并在10天前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？'],
])('%s', (_name, history, fields, text) => {
  expect(scriptText(handoverScript(history, input(fields))!)).toBe(text);
});

test('only the former rep\'s contacts, on the chosen product line', () => {
  const history = [entry('sample', '李四', '2026-11-20', 'X-1'), entry('visit', '张三', '2026-11-19', undefined, '小家电'),
    entry('sample', '张三', '2026-11-18', 'BL-1', '电动工具')];
  expect(scriptText(handoverScript(history, input({ productLine: '小家电' }))!)).toContain('10天前拜访过贵公司');
  expect(scriptText(handoverScript(history, input())!)).toContain('11天前给您送过BL-1的样品');
});

test('no script when the former rep left nothing to speak of', () => {
  expect(handoverScript([entry('visit', '李四', '2026-11-01'), { ...entry('visit', '张三', '2026-11-01'), kind: 'collision' }], input()))
    .toBeNull();
});

test('the script in English', () => {
  const parts = handoverScript([entry('sample', '张三', '2026-10-15', 'BL-466')], input({ contactPerson: 'Chen', contactGender: 'male', company: 'Bolan Tech' }));
  expect(scriptText(parts!, 'en')).toBe('Hello Mr. Chen, this is Bolan Tech. I understand that our colleague Mr. 张 was in touch with you '
    + 'and sent you samples of BL-466 45 days ago. How did our product work for you, and is there anything else we can help with?');
});

test.each([['王强', '王'], ['欧阳娜娜', '欧阳'], ['欧阳', '欧'], ['Tom Wang', 'Wang'], [' 张三 ', '张']])(
  'surnameOf(%s) = %s', (name, surname) => expect(surnameOf(name)).toBe(surname));

test.each([
  ['2026-11-29', '今天'],
  ['2026-11-28', '昨天'],
])('a contact on %s is told as %s, never 0天前', (date, spoken) => {
  const text = scriptText(handoverScript([entry('visit', '张三', date)], input())!);
  expect(text).toContain(`并在${spoken}拜访过贵公司`);
  expect(text).not.toMatch(/\d天前/);
});

test('without our company\'s name yet (a first run) the greeting leaves it out instead of "我是的"', () => {
  const text = scriptText(handoverScript([entry('visit', '张三', '2026-11-19')], input({ company: ' ' }))!);
  expect(text).toBe('您好，李经理，我了解到我公司之前有业务员张先生联系过您，并在10天前拜访过贵公司，不知您对我们的产品还有什么想进一步了解的，看看还有没有什么能帮到您的？');
});
