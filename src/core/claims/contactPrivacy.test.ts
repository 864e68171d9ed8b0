import { emptyCustomerRecord } from '../register/customerRecord';
import { visibleContact } from './contactPrivacy';

const record = { ...emptyCustomerRecord(), name: '格林电子', rep: '李四', contactPerson: '陈工', phone: '0755-2345 6789' };

describe('a colleague\'s contact in a look-up', () => {
  test('masked for another rep and for nobody signed in; shown to the owner and to managers', () => {
    expect(visibleContact(record, { name: '张三', isManager: false }, true)).toEqual({ contactPerson: '', phone: '', masked: true });
    expect(visibleContact(record, null, true).masked).toBe(true);
    expect(visibleContact(record, { name: '李四', isManager: false }, true)).toEqual({ contactPerson: '陈工', phone: '0755-2345 6789', masked: false });
    expect(visibleContact(record, { name: '王经理', isManager: true }, true).masked).toBe(false);
  });

  test('a team that turns the setting off shows contacts to everyone; an empty contact is not "masked"', () => {
    expect(visibleContact(record, { name: '张三', isManager: false }, false).phone).toBe('0755-2345 6789');
    expect(visibleContact({ ...record, contactPerson: '', phone: '' }, { name: '张三', isManager: false }, true).masked).toBe(false);
  });
});
