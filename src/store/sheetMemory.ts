/**
 * What this computer last saw each customer's register row show while the add-in had it in step with the
 * store: a fingerprint (core/register/rowFingerprint) by claim key. When the register opens, a row that
 * differs from the store is then told apart: unchanged since → the store moved on (a colleague's change, a
 * manager's transfer) and the row is brought up to date; changed while the store was not → it was edited in
 * the sheet without the add-in watching, and goes through the rules like a typed edit; both → listed.
 */
export interface SheetMemory {
  /** The fingerprints remembered for `keys` (keys never remembered are absent). */
  recall(keys: readonly string[]): Promise<Map<string, string>>;
  /** Every remembered fingerprint. */
  all(): Promise<Map<string, string>>;
  remember(fingerprints: ReadonlyMap<string, string>): Promise<void>;
}

/** A sheet memory that lasts as long as the page (tests; a host without IndexedDB). */
export class InMemorySheetMemory implements SheetMemory {
  private readonly fingerprints = new Map<string, string>();

  recall(keys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const key of keys) {
      const fingerprint = this.fingerprints.get(key);
      if (fingerprint !== undefined) found.set(key, fingerprint);
    }
    return Promise.resolve(found);
  }

  all(): Promise<Map<string, string>> {
    return Promise.resolve(new Map(this.fingerprints));
  }

  remember(fingerprints: ReadonlyMap<string, string>): Promise<void> {
    for (const [key, fingerprint] of fingerprints) this.fingerprints.set(key, fingerprint);
    return Promise.resolve();
  }
}
