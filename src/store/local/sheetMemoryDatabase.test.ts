import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SheetMemoryDatabase } from './sheetMemoryDatabase';

describe('the sheet memory in IndexedDB', () => {
  test('remembers fingerprints across pages, recalls the ones asked for, and keeps them for the next open', async () => {
    const source = { indexedDB: new IDBFactory(), IDBKeyRange };
    const memory = new SheetMemoryDatabase('sheet-memory', source);
    const fingerprints = new Map(Array.from({ length: 12_001 }, (_, i) => [`客户${i}`, `f${i}`] as const));
    await memory.remember(fingerprints);
    await memory.remember(new Map([['客户7', 'changed']]));
    expect(await memory.recall(['客户3', '客户7', '没有的'])).toEqual(new Map([['客户3', 'f3'], ['客户7', 'changed']]));
    memory.close();
    const reopened = new SheetMemoryDatabase('sheet-memory', source);
    const all = await reopened.all();
    expect(all.size).toBe(12_001);
    expect(all.get('客户12000')).toBe('f12000');
    reopened.close();
  });
});
