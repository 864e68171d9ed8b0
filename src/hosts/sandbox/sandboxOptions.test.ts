import { LEGACY_WORKBOOK, legacySampleSearch, sandboxOptions } from './sandboxOptions';

describe('the sandbox address', () => {
  test.each([
    ['', 'team'],
    ['?sample=legacy', 'legacy'],
    ['?sample=other', 'team'],
  ])('%s seeds the %s sample', (search, sample) => {
    expect(sandboxOptions(search).sample).toBe(sample);
  });

  test('the old-sheet sample keeps the business day and opens its own workbook', () => {
    const options = sandboxOptions(legacySampleSearch('?today=2026-11-02&workbook=sandbox&customers=100'));
    expect(options).toMatchObject({ today: '2026-11-02', workbook: LEGACY_WORKBOOK, sample: 'legacy' });
    expect(sandboxOptions(legacySampleSearch('')).today).toBeNull();
  });
});
