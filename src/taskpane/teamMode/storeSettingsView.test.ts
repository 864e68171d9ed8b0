import { message } from '../../i18n/message';
import { storeSettingsView } from './storeSettingsView';
import type { TeamMode } from './teamMode';

const controls = { available: true } as TeamMode;
const sandbox: TeamMode = { available: false, reason: message('team.unavailable.sandbox') };

describe('store settings per role and state', () => {
  test.each([
    ['manager, local workbook: may connect, nothing to migrate yet', 'local', true, controls,
      { notice: null, connect: true, migrate: false, disconnect: false, syncStatus: false }],
    ['manager, connected: may migrate, disconnect and sees the sync state', 'sharepoint', true, controls,
      { notice: null, connect: true, migrate: true, disconnect: true, syncStatus: true }],
    ['rep, local: told only managers may change it, no buttons', 'local', false, controls,
      { notice: message('team.managerOnly'), connect: false, migrate: false, disconnect: false, syncStatus: false }],
    ['rep, connected: sees the sync state (pending, refused edits) but no admin buttons', 'sharepoint', false, controls,
      { notice: message('team.managerOnly'), connect: false, migrate: false, disconnect: false, syncStatus: true }],
    ['manager in the sandbox: the reason instead of buttons that would fail', 'local', true, sandbox,
      { notice: message('team.unavailable.sandbox'), connect: false, migrate: false, disconnect: false, syncStatus: false }],
    ['a host without team mode at all: the generic reason', 'local', true, undefined,
      { notice: message('taskpane.settings.store.unavailable'), connect: false, migrate: false, disconnect: false, syncStatus: false }],
  ] as const)('%s', (_label, storeKind, isManager, teamMode, expected) => {
    expect(storeSettingsView({ storeKind, isManager, teamMode })).toEqual(expected);
  });
});
