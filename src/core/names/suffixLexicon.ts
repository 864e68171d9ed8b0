/** A set of words looked up by the suffix of a text, longest word first (股份有限公司 before 有限公司). */
export class SuffixLexicon {
  private readonly words: Set<string>;
  /** By last character, the lengths of the words ending with it, longest first: few look-ups per text. */
  private readonly lengthsByLast = new Map<string, number[]>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const last = word.slice(-1);
      const lengths = this.lengthsByLast.get(last) ?? [];
      if (!lengths.includes(word.length)) lengths.push(word.length);
      this.lengthsByLast.set(last, lengths.sort((a, b) => b - a));
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest word that ends `text` and leaves at least `minRest` characters before it. */
  longestSuffixOf(text: string, minRest: number): string | undefined {
    for (const len of this.lengthsByLast.get(text.slice(-1)) ?? []) {
      if (text.length - len < minRest) continue;
      const tail = text.slice(-len);
      if (this.words.has(tail)) return tail;
    }
    return undefined;
  }
}
