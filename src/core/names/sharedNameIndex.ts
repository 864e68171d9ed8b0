import { dedupeKeyOf } from './dedupeKey';
import { NameIndex, type NameMatch } from './nameIndex';
import { parseCompanyName, type ParsedName } from './parseCompanyName';

/**
 * The one name index of a register, shared by what holds its names — the sheet's rows and the store's customer
 * keys. Its ids are the names themselves: a name that a row and a customer both hold (a large register's rows
 * show its customers) is parsed and filed once, and stays filed while anyone holds it.
 */
export class SharedNameIndex {
  private readonly index = new NameIndex();
  private readonly holders = new Map<string, number>();
  /** The last name parsed: a key asked for a name is followed by holding it (the key book, the rows). */
  private last: { name: string; parsed: ParsedName } | null = null;

  get size(): number {
    return this.index.size;
  }

  /** Files `name` (trimmed by the caller) unless someone holds it already. */
  hold(name: string): void {
    const count = this.holders.get(name) ?? 0;
    if (count === 0) this.index.addParsed(name, this.parse(name));
    this.holders.set(name, count + 1);
  }

  release(name: string): void {
    const count = this.holders.get(name);
    if (count === undefined) return;
    if (count > 1) {
      this.holders.set(name, count - 1);
      return;
    }
    this.holders.delete(name);
    this.index.remove(name);
  }

  /** Held names that look like `name`, most serious first, among those `consider` accepts (a holder's own). */
  query(name: string, limit: number, consider?: (name: string) => boolean): NameMatch[] {
    return this.index.matchesOf(this.parse(name), limit, undefined, consider);
  }

  /** The name's 查重键 as the matcher spells it (dedupeKeyOf), from the parse its filing uses. */
  dedupeKey(name: string): string {
    return dedupeKeyOf(this.parse(name));
  }

  /** The unique key to store `name` under (storedKeyOf) among the held names' keys (`keysOf`: none for a row's). */
  storedKey(name: string, keysOf: (name: string) => readonly string[]): string {
    return this.index.storedKeyParsed(this.parse(name), keysOf);
  }

  private parse(name: string): ParsedName {
    if (this.last?.name !== name) this.last = { name, parsed: this.index.parsed(name) ?? parseCompanyName(name) };
    return this.last.parsed;
  }
}
