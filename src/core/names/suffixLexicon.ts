/** A set of words looked up by the suffix of a text, longest word first (股份有限公司 before 有限公司). */
export class SuffixLexicon {
  /** Each word to itself: a match returns the lexicon's own string, shared by every name that ends with it. */
  private readonly words: Map<string, string>;
  /** By last character, the lengths of the words ending with it, longest first: few look-ups per text. */
  private readonly lengthsByLast = new Map<string, number[]>();

  constructor(words: Iterable<string>) {
    this.words = new Map([...words].map((word) => [word, word]));
    for (const word of this.words.keys()) {
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
      const word = this.words.get(text.slice(-len));
      if (word !== undefined) return word;
    }
    return undefined;
  }
}
