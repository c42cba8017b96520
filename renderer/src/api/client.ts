import { operationNames, type Api } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    schakel?: Api;
  }
}

/**
 * The only place that reaches the services. In the desktop app that is the preload's
 * `window.schakel`; in the browser host it is the same contract over HTTP with the token from
 * the address's fragment.
 */
export function createApi(): Api {
  if (window.schakel) return window.schakel;
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const call = async (name: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      if (!response.ok) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN_SENDER', message: `Host refused (${response.status})` },
        };
      }
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'The Schakel host did not answer.' },
      };
    }
  };
  return Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => call(name, input)]),
  ) as Api;
}

/** Unwraps a Result for React Query: errors become thrown ApiFailures carrying their code. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ApiFailure(r.error.code, r.error.message);
  return r.value;
}
