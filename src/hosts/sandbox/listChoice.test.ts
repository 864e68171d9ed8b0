import { itemOnCommit } from './listChoice';

const STATUS = ['电话', '拜访', '送样', '合作', '已释放'];

describe('itemOnCommit', () => {
  test('a typed search takes its first match, before the list has filtered by it', () => {
    expect(itemOnCommit({ items: STATUS, typed: '送', filteredBy: '', highlighted: 0 })).toBe('送样');
  });

  test('a highlighted match of the search the list shows is taken over the first match', () => {
    expect(itemOnCommit({ items: ['A', 'AB', 'C'], typed: 'a', filteredBy: 'a', highlighted: 1 })).toBe('AB');
    expect(itemOnCommit({ items: ['A', 'AB', 'C'], typed: 'a', filteredBy: 'a', highlighted: 2 })).toBe('A');
  });

  test('no search takes the highlighted item; nothing highlighted or nothing matching keeps the value', () => {
    expect(itemOnCommit({ items: STATUS, typed: '', filteredBy: '', highlighted: 1 })).toBe('拜访');
    expect(itemOnCommit({ items: STATUS, typed: '  ', filteredBy: '', highlighted: null })).toBeNull();
    expect(itemOnCommit({ items: STATUS, typed: '无', filteredBy: '无', highlighted: null })).toBeNull();
  });
});
