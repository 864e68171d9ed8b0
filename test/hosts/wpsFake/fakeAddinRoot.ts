/// <reference types="et-jsapi-declare" />
import { EtObject } from './crossProcessCalls';

/** A task pane WPS opened for the add-in (CreateTaskPane): its page address and whether it shows. */
export class FakeTaskPane extends EtObject implements WPS.CustomTaskpane {
  readonly kind = 'CustomTaskpane';
  DockPosition = 0;
  Height = 600;
  Width = 300;
  MaxWidth = 1000;
  MinWidth = 100;
  MaxHeight = 2000;
  MinHeight = 100;
  Visible = false;
  deleted = false;

  constructor(readonly ID: number, public url: string) {
    super();
  }

  Delete(): void {
    this.deleted = true;
  }

  Navigate(url: string): void {
    this.url = url;
  }
}

/** PluginStorage: shared by the add-in's pages while WPS runs, never saved with a file. Values come back as text. */
export class FakePluginStorage extends EtObject implements WPS.PluginStorage {
  readonly kind = 'PluginStorage';
  private readonly items = new Map<string, string>();

  setItem(key: string, value: number | boolean | string): void { this.items.set(key, String(value)); }
  getItem(key: string): string { return this.items.get(key) ?? (null as unknown as string); }
  removeItem(key: string): void { this.items.delete(key); }
  clear(): void { this.items.clear(); }
  key(index: number): string { return [...this.items.keys()][index]; }
  get length(): number { return this.items.size; }
}
