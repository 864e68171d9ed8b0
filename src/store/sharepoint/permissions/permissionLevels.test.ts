import { basePermissions, PERMISSION_LEVELS } from './permissionLevels';

test('SharePoint base permissions: kind k is bit k − 1 of the low half', () => {
  expect(basePermissions(['ViewListItems'])).toEqual({ High: '0', Low: '1' });
  expect(basePermissions(['ViewListItems', 'AddListItems', 'EditListItems'])).toEqual({ High: '0', Low: '7' });
});

test('the manager level: View, Add, Edit, Delete, CancelCheckout, ViewFormPages, Open, ViewPages', () => {
  // bits 0,1,2,3,8,12,16,17 = 1+2+4+8+256+4096+65536+131072
  expect(basePermissions(PERMISSION_LEVELS.manager.kinds)).toEqual({ High: '0', Low: '200975' });
});
