import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReplacing } from './outputFile';

describe('writeReplacing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-replacing-'));

  test('a write that fails half-way leaves the old file whole and no temporary file', async () => {
    const target = join(dir, 'summary.xlsx');
    writeFileSync(target, 'old');
    const failing = writeReplacing(target, async (temporary) => {
      expect(temporary.startsWith(dir)).toBe(true);
      writeFileSync(temporary, 'half');
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['summary.xlsx']);
  });

  test('a write that succeeds replaces the file', async () => {
    const target = join(dir, 'other.xlsx');
    writeFileSync(target, 'old');
    await writeReplacing(target, async (temporary) => writeFileSync(temporary, 'new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});
