/**
 * Every touch of a WPS object from JavaScript — a property read, a property write, fetching a method to call
 * it — crosses from the page's renderer into the WPS process. The fake counts them the same way, so tests can
 * say "this costs the same for 10 rows as for 10,000".
 */
export class CrossProcessCalls {
  count = 0;
  /** 'Range.Value2', 'Interior.Color=' …, in order; handy when a count assertion fails. */
  readonly log: string[] = [];

  record(entry: string): void {
    this.count += 1;
    this.log.push(entry);
  }

  reset(): void {
    this.count = 0;
    this.log.length = 0;
  }

  /** Calls made while `action` runs (sync or async). */
  async during(action: () => unknown): Promise<number> {
    const before = this.count;
    await action();
    return this.count - before;
  }
}

/** Base class of every fake ET object: only these are handed out wrapped in a counting proxy. */
export abstract class EtObject {
  /** The class name ET reports in errors and the call log ('Range', 'Worksheet' …). */
  abstract readonly kind: string;
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? targets.get(value) ?? value : value;
}

/**
 * The object as the add-in sees it: a proxy that records one call per property read or write (methods count
 * once, when fetched) and hands out further ET objects wrapped the same way. Inside the fake, objects are
 * used unwrapped, so its own bookkeeping costs nothing.
 */
export function remote<T>(value: T, calls: CrossProcessCalls): T {
  if (!(value instanceof EtObject)) return value;
  const known = proxies.get(value);
  if (known) return known as T;
  const target: EtObject = value;
  const proxy = new Proxy(target, {
    get(object, property) {
      if (typeof property === 'symbol' || property === 'then') return undefined;
      calls.record(`${object.kind}.${property}`);
      const member: unknown = Reflect.get(object, property, object);
      if (typeof member === 'function') {
        return (...args: unknown[]) => remote(member.apply(object, args.map(unwrap)), calls);
      }
      return remote(member, calls);
    },
    set(object, property, value: unknown) {
      calls.record(`${object.kind}.${String(property)}=`);
      return Reflect.set(object, property, unwrap(value), object);
    },
  });
  proxies.set(value, proxy);
  targets.set(proxy, value);
  return proxy as T;
}
