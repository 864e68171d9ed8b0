import type { Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { ClaimStore } from '../store/claimStore';
import type { SheetMemory } from '../store/sheetMemory';
import type { TeamMode } from './teamMode/teamMode';

/** Everything the task pane needs from where it runs: Excel, WPS or the browser sandbox. */
export interface PaneEnvironment {
  host: SpreadsheetHost;
  /** The team store: the local IndexedDB store by default, or SharePoint once the workbook is connected. */
  openStore(): Promise<ClaimStore>;
  /** What this computer last saw the register's rows show (store/sheetMemory): an open tells edits from news. */
  openSheetMemory(): Promise<SheetMemory>;
  clock(): Date;
  newId(): string;
  /** Office's theme where the host has one. */
  theme: Theme;
  preferences: PanePreferences;
  /** Switching the workbook to the team's SharePoint list, or why this host cannot (the sandbox). */
  teamMode?: TeamMode;
}

/** What the pane remembers on this computer: who the rep is, and the language. */
export interface PanePreferences {
  user(): string | null;
  setUser(name: string): void;
  locale(): Locale;
  setLocale(locale: Locale): void;
}

const USER_KEY = 'claim-register.user';
const LOCALE_KEY = 'claim-register.locale';

/** Preferences in the browser's localStorage (the task pane's webview has its own). */
export function localPreferences(storage: Storage, defaultUser: string | null = null): PanePreferences {
  return {
    user: () => storage.getItem(USER_KEY) ?? defaultUser,
    setUser: (name) => storage.setItem(USER_KEY, name),
    locale: () => (storage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN'),
    setLocale: (locale) => storage.setItem(LOCALE_KEY, locale),
  };
}
