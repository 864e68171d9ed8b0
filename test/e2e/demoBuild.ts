import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const DEMO_DIR = join(REPO, 'dist-demo');
const STAMP = join(DEMO_DIR, '.built');

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the sandbox (production mode, as users get it) unless dist-demo is newer than every source file,
 * so several e2e files and the latency script share one build.
 */
export function ensureDemoBuild(): string {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  const sources = Math.max(newestSource(join(REPO, 'src')), statSync(join(REPO, 'webpack.config.js')).mtimeMs);
  if (built < sources) {
    execFileSync(process.execPath, [join(REPO, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--env', 'demo', '--mode', 'production'],
      { cwd: REPO, stdio: 'pipe' });
    writeFileSync(STAMP, new Date().toISOString());
  }
  return DEMO_DIR;
}
