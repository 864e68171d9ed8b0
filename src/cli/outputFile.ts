import { existsSync, realpathSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { message } from '../i18n/message';
import { fail, succeed, type Outcome } from './outcome';

/** The real path of a file that may not exist yet: its folder resolved through links, then its own link if any. */
function realTarget(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const folder = dirname(absolute);
  return existsSync(folder) ? join(realpathSync(folder), basename(absolute)) : absolute;
}

/**
 * Where an output may go: never onto one of the inputs (after resolving links), never onto a folder, and onto an
 * existing file only when the user said --force. Checked before any work is done, so a refusal costs nothing.
 */
export function checkOutputPath(out: string, inputs: string[], force: boolean): Outcome<string> {
  const target = realTarget(out);
  if (inputs.some((input) => existsSync(input) && realTarget(input) === target)) {
    return fail(message('cli.error.outIsInput', { path: out }));
  }
  const info = statSync(target, { throwIfNoEntry: false });
  if (info?.isDirectory()) return fail(message('cli.error.outIsDirectory', { path: out }));
  if (info && !force) return fail(message('cli.error.outExists', { path: out }));
  const folder = statSync(dirname(target), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) return fail(message('cli.error.outFolderMissing', { path: out }));
  return succeed(target);
}

/**
 * Writes through a temporary file in the same folder, then renames it over the target: a crash or a full disk
 * half-way leaves the old file as it was, never a truncated one.
 */
export async function writeReplacing(target: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}
