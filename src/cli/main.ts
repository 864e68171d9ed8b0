import { parseArgs } from 'node:util';
import { calendarDateAt, parseYearMonth, previousMonth } from '../core/dates/calendarDate';
import { formatMessage, message, type Message } from '../i18n/message';
import { auditTable, describeAudit } from './commands/audit';
import { checkName, describeCheck } from './commands/check';
import { summarizeTable, writeSummaryWorkbook } from './commands/summary';
import { locateColumns, type LocatedTable } from './locateColumns';
import { readSheetFile } from './readSheetFile';
import type { Outcome } from './outcome';

/** Exit codes: 0 done, 1 a user error (with a message, never a stack trace), 2 a usage error. */
type ExitCode = 0 | 1 | 2;

const say = (text: string) => process.stdout.write(`${text}\n`);
const complain = (msg: Message) => process.stderr.write(`${formatMessage(msg)}\n`);

async function loadTable(path: string | undefined, column: string | undefined): Promise<Outcome<LocatedTable>> {
  if (!path) return { ok: false, error: message('cli.error.fileArgument') };
  const grid = await readSheetFile(path);
  return grid.ok ? locateColumns(grid.value, column) : grid;
}

async function audit(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { column: { type: 'string' }, json: { type: 'boolean' } } });
  const table = await loadTable(positionals[0], values.column);
  if (!table.ok) return fail(table.error);
  const report = auditTable(table.value);
  say(values.json ? JSON.stringify(report) : describeAudit(report, table.value));
  return 0;
}

async function check(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { register: { type: 'string' }, column: { type: 'string' }, json: { type: 'boolean' } },
  });
  const name = positionals[0];
  if (name === undefined) return fail(message('cli.error.nameArgument'));
  if (!values.register) return fail(message('cli.error.registerArgument'));
  const table = await loadTable(values.register, values.column);
  if (!table.ok) return fail(table.error);
  const report = checkName(name, table.value);
  say(values.json ? JSON.stringify(report) : describeCheck(report));
  return 0;
}

async function summary(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { month: { type: 'string' }, out: { type: 'string', short: 'o' }, column: { type: 'string' } },
  });
  const today = calendarDateAt(new Date());
  const month = values.month === undefined ? previousMonth(today) : parseYearMonth(values.month);
  if (!month) return fail(message('cli.error.badMonth', { month: values.month ?? '' }));
  if (!values.out) return fail(message('cli.error.outArgument'));
  const table = await loadTable(positionals[0], values.column);
  if (!table.ok) return fail(table.error);
  const { spec } = summarizeTable(table.value, month, today);
  await writeSummaryWorkbook(spec, values.out);
  say(formatMessage(message('cli.summary.written', { sheet: spec.name, path: values.out })));
  return 0;
}

function fail(error: Message): ExitCode {
  complain(error);
  return 1;
}

const COMMANDS: Record<string, (args: string[]) => Promise<ExitCode>> = { audit, check, summary };

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
    // parseArgs rejects unknown options with a TypeError whose code says so: a usage error, not a crash.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      complain(message('cli.error.badOption', { detail: (error as Error).message }));
      return 2;
    }
    if ((error as { code?: string }).code === 'EACCES' || (error as { code?: string }).code === 'ENOENT') {
      complain(message('cli.error.cannotWrite', { detail: (error as Error).message }));
      return 1;
    }
    throw error;
  }
}

/** The whole command line: sets the exit code and reports even an unexpected failure without a stack trace. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`${formatMessage(message('cli.error.unexpected'))}\n${String(error)}\n`);
    process.exitCode = 1;
  }
}
