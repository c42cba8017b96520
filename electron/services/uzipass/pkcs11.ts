import * as graphene from 'graphene-pk11';

/**
 * One loaded PKCS#11 module (the card middleware) per path, for the whole process: a module is
 * initialised once (C_Initialize) and sessions on it share that. `reload()` finalises and
 * initialises again, which some middleware (SoftHSM2 among them) needs before it shows a token
 * that appeared after the start; it is only called while no card session is open.
 */
export interface Pkcs11Library {
  path: string;
  module: graphene.Module;
  reload(): void;
}

const loaded = new Map<string, Pkcs11Library>();

export function pkcs11Library(path: string): Pkcs11Library {
  const existing = loaded.get(path);
  if (existing) return existing;
  const module = graphene.Module.load(path);
  module.initialize();
  const library: Pkcs11Library = {
    path,
    module,
    reload() {
      try {
        module.finalize();
      } catch {
        // already finalised
      }
      module.initialize();
    },
  };
  loaded.set(path, library);
  return library;
}

/** Finalises every loaded module (tests, shutdown). */
export function closePkcs11Libraries(): void {
  for (const library of loaded.values()) {
    try {
      library.module.finalize();
    } catch {
      // already finalised
    }
  }
  loaded.clear();
}

/** The PKCS#11 return code in an error from the binding (e.g. CKR_PIN_INCORRECT), if any. */
export function pkcs11Code(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\b(CKR_[A-Z_]+)\b/.exec(message)?.[1] ?? null;
}

export { graphene };
