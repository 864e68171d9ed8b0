import { parseIsoDate, type CalendarDate } from '../core/dates/calendarDate';
import type { Activity } from './claimStore';
import { followKeyMoves } from './keyMoves';

const line = (id: string, kind: Activity['kind'], dedupeKey: string, detail = ''): Activity => ({
  id, kind, dedupeKey, customerName: id, actor: '张三', rep: '张三', previousRep: '', date: parseIsoDate('2026-11-01') as CalendarDate, detail,
});

describe('followKeyMoves', () => {
  test('lines written before a move read the new key; lines after it keep theirs', () => {
    const log = [
      line('a', 'claim', '上海安博'), line('b', 'visit', '上海安博'), line('c', 'rekey', '安博·上海', '上海安博'),
      line('d', 'claim', '上海安博'), line('e', 'visit', '安博·上海'),
    ];
    expect(followKeyMoves(log).map((a) => a.dedupeKey)).toEqual(['安博·上海', '安博·上海', '安博·上海', '上海安博', '安博·上海']);
  });

  test('a key moved twice lands on the last key; other customers are untouched', () => {
    const log = [
      line('a', 'claim', 'k1'), line('x', 'claim', '格林电子'), line('m1', 'rekey', 'k2', 'k1'), line('b', 'sample', 'k2'),
      line('m2', 'rekey', 'k3', 'k2'),
    ];
    expect(followKeyMoves(log).map((a) => a.dedupeKey)).toEqual(['k3', '格林电子', 'k2', 'k3', 'k3']);
  });

  test('a log without moves is returned line for line', () => {
    const log = [line('a', 'claim', 'k1')];
    expect(followKeyMoves(log)[0]).toBe(log[0]);
  });
});
