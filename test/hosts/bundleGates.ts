import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'acorn';
import { installOlderEngineShims } from '../../src/apps/olderEngines';

/**
 * Gates for a built folder against the engine it ships to: every emitted script must parse at that ECMAScript
 * level (acorn), and use no newer built-in (es-check's feature scan) except the ones listed here.
 */

/** es-check's names for the built-ins src/apps/olderEngines.ts supplies, with the global or prototype each lives on. */
export const SHIMMED_FEATURES: Record<string, (global: Record<string, unknown>) => unknown> = {
  globalThis: (global) => global.globalThis,
  WeakRef: (global) => global.WeakRef,
  FinalizationRegistry: (global) => global.FinalizationRegistry,
  StringMatchAll: () => String.prototype.matchAll,
  ArrayPrototypeAt: () => Array.prototype.at,
  ArrayFindLast: () => (Array.prototype as { findLast?: unknown }).findLast,
  ObjectFromEntries: () => Object.fromEntries,
};

/**
 * What the scan flags but is not a missing built-in: BigInt() exists from Chromium 67 and Safari 14 and is only
 * called on values already of type "bigint"; ArrayBufferTransfer is any `.transfer(` call — ClaimStore.transfer.
 */
export const NOT_MISSING = ['BigInt', 'ArrayBufferTransfer'];

export function scriptsIn(folder: string): string[] {
  return readdirSync(folder).filter((file) => file.endsWith('.js')).map((file) => join(folder, file));
}

/** Each script that does not parse at `ecmaVersion`, with acorn's message (line and column). */
export function syntaxErrors(scripts: string[], ecmaVersion: 5 | 2017 | 2019): string[] {
  const errors: string[] = [];
  for (const script of scripts) {
    try {
      parse(readFileSync(script, 'utf8'), { ecmaVersion, sourceType: 'script' });
    } catch (error) {
      errors.push(`${script}: ${(error as Error).message}`);
    }
  }
  return errors;
}

/** es-check's verdict on built-ins newer than ES2019, '' when none beyond the allowed ones. */
export async function newerBuiltIns(scripts: string[]): Promise<string> {
  const allowed = [...Object.keys(SHIMMED_FEATURES), ...NOT_MISSING].join(',');
  // es-check's package exports no entry for its command line; it is run as npx would run it.
  const cli = join(__dirname, '../../node_modules/es-check/lib/cli/index.js');
  try {
    await promisify(execFile)(process.execPath, [cli, 'es2019', ...scripts, '--checkFeatures', `--allowList=${allowed}`, '--noColor', '--noCache']);
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return [...`${stdout}\n${stderr}`.matchAll(/(erroring file: .*|Unsupported features detected: .*)/g)].map((m) => m[1]).join('\n') || String(error);
  }
}

/** Every shimmed feature really is supplied on an engine that has none of them. */
export function shimsCoverTheirFeatures(): string[] {
  const bare: Record<string, unknown> = {};
  installOlderEngineShims(bare);
  return Object.entries(SHIMMED_FEATURES).filter(([, find]) => typeof find(bare) === 'undefined').map(([name]) => name);
}
