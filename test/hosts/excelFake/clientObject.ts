import type { FakeRequestContext } from './requestContext';

/** An error as Office.js raises it: `error.code` says what went wrong. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'RichApi.Error';
  }
}

export function byteSize(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}

type LoadOption = string | string[] | { select?: string; expand?: string } | undefined;

export function loadNames(option: LoadOption): string[] {
  if (option === undefined) return [];
  const text = typeof option === 'string' ? option : Array.isArray(option) ? option.join(',') : option.select ?? '';
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * A proxy object: setting a property queues the write (and keeps the value, as Office.js does); reading one
 * that was not set throws PropertyNotLoaded unless it was loaded and synced.
 */
export abstract class FakeClientObject {
  protected readonly cache = new Map<string, unknown>();

  constructor(readonly context: FakeRequestContext) {}

  protected read<T>(name: string): T {
    if (!this.cache.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's `
        + 'value, call the load method on the containing object and call "context.sync()" on the associated request context.');
    }
    return this.cache.get(name) as T;
  }

  protected write(name: string, value: unknown, apply: () => void): void {
    this.cache.set(name, value);
    this.context.enqueue(apply, value);
  }

  /** The property's current value in the model (called at sync time). */
  protected abstract snapshot(name: string): unknown;

  /** Whether the object is a null object (its loads then fill nothing, as in Office.js). */
  protected missingAtSync(): boolean {
    return false;
  }

  load(option?: LoadOption): this {
    const names = loadNames(option);
    this.context.enqueue(() => {
      if (this.missingAtSync()) return 0;
      let bytes = 0;
      for (const name of names) {
        const value = this.snapshot(name);
        this.cache.set(name, value);
        bytes += byteSize(value);
      }
      return bytes;
    });
    return this;
  }
}

/** A proxy from a *OrNullObject method: `isNullObject` is known once a sync has run. */
export abstract class FakeNullableObject extends FakeClientObject {
  constructor(context: FakeRequestContext, nullable: boolean) {
    super(context);
    if (nullable) context.enqueue(() => { this.cache.set('isNullObject', this.isMissing()); });
    else this.cache.set('isNullObject', false);
  }

  protected abstract isMissing(): boolean;

  protected override missingAtSync(): boolean {
    return this.cache.get('isNullObject') === true || this.isMissing();
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
}
