import { useEffect, useState } from 'react';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';

/** The workbook setting that names our company in handover scripts ("我是博蓝科技的"). */
export const COMPANY_SETTING = 'companyName';

export function useCompanyName(host: SpreadsheetHost): string {
  const [company, setCompany] = useState('');
  useEffect(() => {
    let live = true;
    void host.settings.get<string>(COMPANY_SETTING).then((name) => {
      if (live) setCompany(name ?? '');
    });
    return () => { live = false; };
  }, [host]);
  return company;
}
