import { departmentOrder } from './departmentOrder';

test('departments follow the roster; others by number then pinyin; blank last', () => {
  const order = departmentOrder([{ department: '华东部' }, { department: '销售一部' }, { department: '华东部' }]);
  expect(['', '销售三部', '销售一部', '销售二部', '华东部'].sort(order)).toEqual(['华东部', '销售一部', '销售二部', '销售三部', '']);
});

test('without a roster 销售一部 comes before 销售二部', () => {
  expect(['销售二部', '销售一部'].sort(departmentOrder())).toEqual(['销售一部', '销售二部']);
});
