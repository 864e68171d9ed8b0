import { message, type Message } from '../../i18n/message';
import type { TeamMode } from './teamMode';

export interface StoreSettingsInput {
  storeKind: 'local' | 'sharepoint';
  isManager: boolean;
  /** Absent where the host never offered team mode. */
  teamMode: TeamMode | undefined;
}

/** What the 数据存储 section shows: every control is either usable or replaced by the reason it is not. */
export interface StoreSettingsView {
  /** Why nothing can be changed here (host cannot sign in, or the user is not a manager); null for a manager who can. */
  notice: Message | null;
  /**
   * The choice of where the shared register lives — a SharePoint team site or 我的 OneDrive（Microsoft Lists）—
   * each with what connecting will do. Shown to managers, and in a host that cannot sign in as an explanation
   * only (no buttons), so a manager trying the sandbox learns what the real add-in will ask.
   */
  places: boolean;
  /** Site address and app registration fields, 连接 and 创建列表. */
  connect: boolean;
  /** 登录并在我的 OneDrive 创建列表 (with the app registration fields). */
  connectOneDrive: boolean;
  /** 迁移本地数据 and 断开: only once the workbook is connected. */
  migrate: boolean;
  disconnect: boolean;
  /** Pending edits, refused edits and 立即同步: everyone sees the sync state of a connected workbook. */
  syncStatus: boolean;
}

export function storeSettingsView({ storeKind, isManager, teamMode }: StoreSettingsInput): StoreSettingsView {
  const connected = storeKind === 'sharepoint';
  const none = { connect: false, connectOneDrive: false, migrate: false, disconnect: false };
  if (!teamMode || !teamMode.available) {
    return { notice: teamMode?.reason ?? message('taskpane.settings.store.unavailable'), places: !connected, ...none, syncStatus: false };
  }
  if (!isManager) return { notice: message('team.managerOnly'), places: false, ...none, syncStatus: connected };
  return { notice: null, places: true, connect: true, connectOneDrive: true, migrate: connected, disconnect: connected, syncStatus: connected };
}
