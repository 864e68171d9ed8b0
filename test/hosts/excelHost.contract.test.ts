import { runHostContract } from './hostContract';
import { excelHarness } from './excelFake/excelHarness';

runHostContract('Excel (Office.js on the recording fake, ExcelApi 1.18)', () => excelHarness());
runHostContract('Excel (Office.js on the recording fake, ExcelApi 1.9: no notes)', () => excelHarness({ apiVersion: '1.9' }));
