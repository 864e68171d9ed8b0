import { addInSearch, LEGACY_WORKBOOK, legacySampleSearch, sandboxOptions } from './sandboxOptions';

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

  test('the add-in closes and opens on the same workbook and business day', () => {
    const closed = addInSearch('?today=2026-11-02&workbook=story', false);
    expect(sandboxOptions(closed)).toMatchObject({ today: '2026-11-02', workbook: 'story', addIn: false });
    expect(sandboxOptions(addInSearch(closed, true))).toMatchObject({ today: '2026-11-02', workbook: 'story', addIn: true });
    expect(sandboxOptions('').addIn).toBe(true);
  });
});
