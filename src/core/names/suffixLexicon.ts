/** A set of words looked up by the suffix of a text, longest word first (股份有限公司 before 有限公司). */
export class SuffixLexicon {
  private readonly words: Set<string>;
  private readonly lengths: number[];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest word that ends `text` and leaves at least `minRest` characters before it. */
  longestSuffixOf(text: string, minRest: number): string | undefined {
    for (const len of this.lengths) {
      if (text.length - len < minRest) continue;
      const tail = text.slice(-len);
      if (this.words.has(tail)) return tail;
    }
    return undefined;
  }
}
