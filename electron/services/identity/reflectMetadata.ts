/**
 * @peculiar/x509 2 loads tsyringe, which refuses to start without a Reflect metadata polyfill.
 * `reflect-metadata` is not a dependency; tsyringe uses only getMetadata, getOwnMetadata and
 * defineMetadata, so a small WeakMap store is enough. Imported by ./x509 before the library.
 */
type Entries = Map<unknown, unknown>;
const store = new WeakMap<object, Map<string | symbol | undefined, Entries>>();

function entries(target: object, property: string | symbol | undefined): Entries | undefined {
  return store.get(target)?.get(property);
}

interface MaybeReflectMetadata {
  getMetadata?: unknown;
}

if (typeof (Reflect as MaybeReflectMetadata).getMetadata !== 'function') {
  Object.assign(Reflect, {
    getOwnMetadata: (key: unknown, target: object, property?: string | symbol) =>
      entries(target, property)?.get(key),
    getMetadata: (key: unknown, target: object, property?: string | symbol): unknown => {
      for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
        const found = entries(t, property);
        if (found?.has(key)) return found.get(key);
      }
      return undefined;
    },
    defineMetadata: (key: unknown, value: unknown, target: object, property?: string | symbol) => {
      let byProperty = store.get(target);
      if (!byProperty) store.set(target, (byProperty = new Map()));
      let found = byProperty.get(property);
      if (!found) byProperty.set(property, (found = new Map()));
      found.set(key, value);
    },
  });
}

export {};
