import { operationNames, type Api } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';

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
      // The host answers every dispatched call with the Result as JSON, whatever the status.
      const body = isJson(response) ? await readResult(response) : null;
      if (body) return body;
      return { ok: false, error: hostRefusal(response.status) };
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

const isJson = (response: Response) =>
  (response.headers.get('Content-Type') ?? '').startsWith('application/json');

async function readResult(response: Response): Promise<Result<unknown> | null> {
  try {
    const value = (await response.json()) as unknown;
    return typeof value === 'object' && value !== null && 'ok' in value
      ? (value as Result<unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A refusal by the host itself (no Result body): what the status means for the user. */
function hostRefusal(status: number): ApiError {
  if (status === 401 || status === 403 || status === 421)
    return { code: 'FORBIDDEN_SENDER', message: `Host refused the call (${status}).` };
  if (status === 400 || status === 413 || status === 415)
    return { code: 'VALIDATION', message: `Host refused the request (${status}).` };
  if (status === 404) return { code: 'UNKNOWN_OPERATION', message: 'No such operation.' };
  return { code: 'INTERNAL', message: `The Schakel host failed (${status}).` };
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
