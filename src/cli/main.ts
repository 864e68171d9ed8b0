import { parseArgs } from 'node:util';
import { calendarDateAt, parseYearMonth, previousMonth } from '../core/dates/calendarDate';
import { dedupeKey } from '../core/names';
import { formatMessage, message, type Message } from '../i18n/message';
import { auditTable, describeAudit, nameColumnOf, type NameColumn } from './commands/audit';
import { checkName, describeCheck } from './commands/check';
import { summarizeTable, summaryNotices, writeSummaryWorkbook } from './commands/summary';
import { columnsToRead, locateColumns, type LocatedTable } from './locateColumns';
import { checkOutputPath, writeReplacing } from './outputFile';
import { readSheetFile } from './readSheetFile';
import type { Outcome } from './outcome';

/** Exit codes: 0 done, 1 a user error (with a message, never a stack trace), 2 a usage error. */
type ExitCode = 0 | 1 | 2;

const say = (text: string) => process.stdout.write(`${text}\n`);
const complain = (msg: Message) => process.stderr.write(`${formatMessage(msg)}\n`);

function fail(error: Message): ExitCode {
  complain(error);
  return 1;
}

/** A missing argument: the message, then the usage text, and the usage exit code. */
function usage(error: Message): ExitCode {
  complain(error);
  process.stderr.write(`${formatMessage(message('cli.usage'))}\n`);
  return 2;
}

async function loadTable(path: string, column: string | undefined, read: 'name' | 'recognised'): Promise<Outcome<LocatedTable>> {
  const sheet = await readSheetFile(path, columnsToRead(column, read));
  return sheet.ok ? locateColumns(sheet.value, column) : sheet;
}

/** audit and check compare names: a name cell with no value would be silently "not a duplicate". */
function unreadableNames(table: LocatedTable): Message | null {
  const rows = table.unreadable.filter((cell) => cell.column === table.columns.name).map((cell) => table.headerRow + 2 + cell.row);
  return rows.length === 0 ? null : message('cli.error.unreadableNames', { count: rows.length, rows: rows.slice(0, 20).join('、') });
}

async function loadNames(path: string, column: string | undefined, read: 'name' | 'recognised'): Promise<Outcome<LocatedTable>> {
  const table = await loadTable(path, column, read);
  const problem = table.ok ? unreadableNames(table.value) : null;
  return problem ? { ok: false, error: problem } : table;
}

/** The name column alone; the grid is dropped here, before the audit's index is built beside it. */
async function loadNameColumn(path: string, column: string | undefined): Promise<Outcome<NameColumn>> {
  const table = await loadNames(path, column, 'name');
  return table.ok ? { ok: true, value: nameColumnOf(table.value) } : table;
}

async function audit(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { column: { type: 'string' }, json: { type: 'boolean' } } });
  if (!positionals[0]) return usage(message('cli.error.fileArgument'));
  const column = await loadNameColumn(positionals[0], values.column);
  if (!column.ok) return fail(column.error);
  const report = auditTable(column.value);
  say(values.json ? JSON.stringify(report) : describeAudit(report, column.value));
  return 0;
}

async function check(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { register: { type: 'string' }, column: { type: 'string' }, json: { type: 'boolean' } },
  });
  const name = positionals[0];
  if (name === undefined) return usage(message('cli.error.nameArgument'));
  if (!values.register) return usage(message('cli.error.registerArgument'));
  if (dedupeKey(name) === '') return fail(message('cli.error.noNameLetters', { name }));
  const table = await loadNames(values.register, values.column, 'recognised');
  if (!table.ok) return fail(table.error);
  const report = checkName(name, table.value);
  say(values.json ? JSON.stringify(report) : describeCheck(report));
  return 0;
}

async function summary(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { month: { type: 'string' }, out: { type: 'string', short: 'o' }, column: { type: 'string' }, force: { type: 'boolean' } },
  });
  const today = calendarDateAt(new Date());
  const month = values.month === undefined ? previousMonth(today) : parseYearMonth(values.month);
  if (!month) return fail(message('cli.error.badMonth', { month: values.month ?? '' }));
  const input = positionals[0];
  if (!input) return usage(message('cli.error.fileArgument'));
  if (!values.out) return usage(message('cli.error.outArgument'));
  const target = checkOutputPath(values.out, [input], values.force ?? false);
  if (!target.ok) return fail(target.error);
  const table = await loadTable(input, values.column, 'recognised');
  if (!table.ok) return fail(table.error);
  const result = summarizeTable(table.value, month, today);
  for (const notice of summaryNotices(result)) complain(notice);
  await writeReplacing(target.value, (temporary) => writeSummaryWorkbook(result.spec, temporary));
  say(formatMessage(message('cli.summary.written', { sheet: result.spec.name, path: values.out })));
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<ExitCode>> = { audit, check, summary };

const FILE_ERRORS = new Set(['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'ENOSPC', 'EROFS', 'ENOTDIR']);

export async function main(argv: string[]): Promise<ExitCode> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    say(formatMessage(message('cli.usage')));
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    complain(message('cli.error.unknownCommand', { command }));
    say(formatMessage(message('cli.usage')));
    return 2;
  }
  try {
    return await run(args);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // parseArgs rejects unknown options with a TypeError whose code says so: a usage error, not a crash.
    if (code.startsWith('ERR_PARSE_ARGS')) {
      complain(message('cli.error.badOption', { detail: (error as Error).message }));
      return 2;
    }
    if (FILE_ERRORS.has(code)) return fail(message('cli.error.cannotWrite', { detail: (error as Error).message }));
    throw error;
  }
}

/** A reader that stopped reading (`audit big.csv | head -1`) is not an error: stop quietly. */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** The whole command line: sets the exit code and reports even an unexpected failure without a stack trace. */
export async function runCli(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`${formatMessage(message('cli.error.unexpected'))}\n${String(error)}\n`);
    process.exitCode = 1;
  }
}
