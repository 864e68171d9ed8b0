import { GELIN, NEW_REP } from '../../hosts/sandbox/seed/sampleTeam';
import type { RegisterWorkspace } from '../registerWorkspace';

/**
 * A manager switches on the A-grade rule, grades 深圳市格林电子 A and hands it to the new hire with a reason and a
 * 30 % share for the former owner — warned first (a junior may not take an A customer), then confirmed. Returns
 * the customer's key once the transfer has reached the sheet.
 */
export async function handAGradeCustomerToNewHire(manager: RegisterWorkspace): Promise<string> {
  expect(await manager.savePolicy({ gradeA: { enabled: true, gradeATenureMonths: 12 } })).toBeNull();
  const key = manager.lookup(GELIN).key;
  expect(await manager.setGrade(key, 'A')).toBeNull();
  const warned = manager.decideTransfer(key, NEW_REP, '王芳紧密客户超额', 30);
  expect(warned?.outcome).toBe('warn');
  expect((await manager.transfer(key, NEW_REP, '王芳紧密客户超额', 30, warned ?? undefined)).ok).toBe(true);
  await manager.settled();
  return key;
}
