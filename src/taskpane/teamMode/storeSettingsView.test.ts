import { message } from '../../i18n/message';
import { storeSettingsView } from './storeSettingsView';
import type { TeamMode } from './teamMode';

const controls = { available: true } as TeamMode;
const sandbox: TeamMode = { available: false, reason: message('team.unavailable.sandbox') };
const nothing = { connect: false, connectOneDrive: false, migrate: false, disconnect: false };

describe('store settings per role and state', () => {
  test.each([
    ['manager, local workbook: may connect a site or their OneDrive, nothing to migrate yet', 'local', true, controls,
      { notice: null, places: true, connect: true, connectOneDrive: true, migrate: false, disconnect: false, syncStatus: false }],
    ['manager, connected: may migrate, disconnect and sees the sync state', 'sharepoint', true, controls,
      { notice: null, places: true, connect: true, connectOneDrive: true, migrate: true, disconnect: true, syncStatus: true }],
    ['rep, local: told only managers may change it, no buttons', 'local', false, controls,
      { notice: message('team.managerOnly'), places: false, ...nothing, syncStatus: false }],
    ['rep, connected: sees the sync state (pending, refused edits) but no admin buttons', 'sharepoint', false, controls,
      { notice: message('team.managerOnly'), places: false, ...nothing, syncStatus: true }],
    ['the sandbox: the reason, and the two places explained, with no buttons that would fail', 'local', true, sandbox,
      { notice: message('team.unavailable.sandbox'), places: true, ...nothing, syncStatus: false }],
    ['a host without team mode at all: the generic reason', 'local', true, undefined,
      { notice: message('taskpane.settings.store.unavailable'), places: true, ...nothing, syncStatus: false }],
  ] as const)('%s', (_label, storeKind, isManager, teamMode, expected) => {
    expect(storeSettingsView({ storeKind, isManager, teamMode })).toEqual(expected);
  });
});
