/// <reference types="office-js" />

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The part of the `Excel` namespace the adapter uses: Excel.run, fresh or on an event handler's context. */
export interface ExcelApi {
  run<T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

/** The common Office API the adapter needs besides Excel.run: document settings and requirement-set checks. */
export interface OfficeEnvironment {
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync' | 'refreshAsync'>;
  isSetSupported(name: string, minVersion: string): boolean;
}

/** The real thing, once Office.onReady has resolved in an Excel task pane or function file. */
export function officeGlobals(): { excel: ExcelApi; office: OfficeEnvironment } {
  return {
    excel: Excel,
    office: {
      settings: Office.context.document.settings,
      isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    },
  };
}
