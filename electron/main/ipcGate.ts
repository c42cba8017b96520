import { dispatch, type Handlers } from '../services/dispatch';
import type { Result } from '../../shared/api/result';

/** The only origin the window's UI is served from. */
export const APP_ORIGIN = 'app://schakel';

export interface SenderFrame {
  /** URL of the frame that sent the IPC message. */
  url: string;
  /** Whether that frame is the window's top frame. */
  isTopFrame: boolean;
}

/**
 * Every IPC call passes here: the sender must be our own top frame on app://schakel, then the
 * input is validated by the contract before a service runs. Pure, so it is tested in Node.
 */
export function createIpcGate(handlers: Handlers) {
  return async (
    sender: SenderFrame,
    operation: string,
    input: unknown,
  ): Promise<Result<unknown>> => {
    if (!isTrustedSender(sender)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN_SENDER', message: 'Refused: not the Schakel window.' },
      };
    }
    return dispatch(handlers, operation, input);
  };
}

export function isTrustedSender({ url, isTopFrame }: SenderFrame): boolean {
  if (!isTopFrame) return false;
  try {
    // Compare scheme and host: for a custom scheme URL.origin is "null" outside Electron.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
