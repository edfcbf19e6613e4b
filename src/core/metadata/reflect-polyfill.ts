// @peculiar/x509 looks up its algorithms through tsyringe, and tsyringe refuses to load unless
// the Reflect Metadata API (`Reflect.getMetadata` and friends) exists. The `reflect-metadata`
// package supplies it, but it also carries `Function("return this")` and indirect `eval` fallbacks:
// addons-linter reports both as DANGEROUS_EVAL (the Firefox lint test accepts no such warning),
// and MV3's content security policy forbids them should they ever run. So extension code gets
// this instead: the three functions tsyringe calls, installed only when no polyfill is present
// (Node tools that import `reflect-metadata` first keep theirs). It must be evaluated before
// @peculiar/x509: certificates.ts imports it first.

type MetadataKey = unknown;

interface ReflectMetadataApi {
  defineMetadata(key: MetadataKey, value: unknown, target: object): void;
  getOwnMetadata(key: MetadataKey, target: object): unknown;
  getMetadata(key: MetadataKey, target: object): unknown;
}

const reflect = Reflect as typeof Reflect & Partial<ReflectMetadataApi>;

if (typeof reflect.getMetadata !== 'function') {
  const store = new WeakMap<object, Map<MetadataKey, unknown>>();
  const api: ReflectMetadataApi = {
    defineMetadata(key, value, target) {
      let entries = store.get(target);
      if (entries === undefined) store.set(target, (entries = new Map()));
      entries.set(key, value);
    },
    getOwnMetadata(key, target) {
      return store.get(target)?.get(key);
    },
    // Like reflect-metadata: an object inherits the metadata of its prototype chain.
    getMetadata(key, target) {
      for (
        let o: object | null = target;
        o !== null;
        o = Object.getPrototypeOf(o) as object | null
      ) {
        const entries = store.get(o);
        if (entries?.has(key)) return entries.get(key);
      }
      return undefined;
    },
  };
  Object.assign(Reflect, api);
}

export {};
