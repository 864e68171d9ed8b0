import { WpsSpreadsheetHost } from '../../../src/hosts/wps/wpsSpreadsheetHost';
import { createFakeEt, type FakeEt, type FakeEtOptions } from './index';

/** The WPS adapter driving a fresh fake ET, as the add-in's page would drive `window.Application`. */
export function hostOnFake(options?: FakeEtOptions): { fake: FakeEt; host: WpsSpreadsheetHost } {
  const fake = createFakeEt(options);
  return { fake, host: new WpsSpreadsheetHost(fake.application) };
}
