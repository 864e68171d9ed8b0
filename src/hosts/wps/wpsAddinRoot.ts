/// <reference types="et-jsapi-declare" />
import type { EtApplication } from './etObjectModel';

/**
 * What the add-in's pages use of WPS beyond the spreadsheet: task panes and the per-add-in PluginStorage
 * (shared by the add-in's pages while WPS runs, gone when it closes — never for settings).
 */
export type WpsAddinRoot = EtApplication & Pick<WPS.AddonRoot, 'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage'>;

/** WPS puts its `Application` on every page of an add-in; elsewhere (a plain browser) there is none. */
export function wpsApplication(): WpsAddinRoot | null {
  return (window as { Application?: WpsAddinRoot }).Application ?? null;
}
