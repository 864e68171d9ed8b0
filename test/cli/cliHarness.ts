import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** A fresh folder per test file, for the inputs and outputs of the commands. */
export function scratchFolder(): { dir: string; file: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'claim-register-cli-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Runs the CLI in-process and captures what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** No stack trace, no raw Node error code, no catch-all text: the user saw a message meant for them. */
export function expectCleanMessage(stderr: string): void {
  expect(stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(stderr).not.toMatch(/E[A-Z]{3,}:/);
  expect(stderr).not.toContain('出现意外错误');
}
