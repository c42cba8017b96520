import type * as graphene from 'graphene-pk11';

/**
 * The PKCS#11 constants used here (PKCS#11 v2.40 values). The binding (graphene-pk11 over the
 * native pkcs11js) is loaded only when a card is first used, so demo mode never loads it.
 */
export const CK = {
  CKF_TOKEN_PRESENT: 0x1,
  CKF_TOKEN_INITIALIZED: 0x400,
  CKF_USER_PIN_COUNT_LOW: 0x10000,
  CKF_USER_PIN_FINAL_TRY: 0x20000,
  CKF_USER_PIN_LOCKED: 0x40000,
  CKF_RW_SESSION: 0x2,
  CKF_SERIAL_SESSION: 0x4,
  CKO_CERTIFICATE: 0x1,
  CKO_PRIVATE_KEY: 0x3,
  CKC_X_509: 0x0,
  CKK_RSA: 0x0,
  CKU_USER: 0x1,
} as const;

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

export async function pkcs11Library(path: string): Promise<Pkcs11Library> {
  const existing = loaded.get(path);
  if (existing) return existing;
  const binding = await import('graphene-pk11');
  const again = loaded.get(path); // loaded meanwhile by another caller
  if (again) return again;
  const module = binding.Module.load(path);
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

export type { graphene };
