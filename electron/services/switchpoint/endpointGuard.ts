import { ServiceError } from '../../../shared/api/result';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * In demo mode the client may reach only the embedded simulator on this machine: a training
 * session must never send a synthetic query, or a real BSN typed by mistake, anywhere else.
 */
export function assertDemoEndpoint(endpoint: string): void {
  let host: string;
  try {
    const url = new URL(endpoint);
    host = url.hostname;
    if (url.protocol !== 'https:') throw new Error('not https');
  } catch {
    throw new ServiceError('SWITCHPOINT_UNREACHABLE', `Not a switchpoint address: ${endpoint}`);
  }
  if (!LOOPBACK.has(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) {
    throw new ServiceError(
      'NOT_AUTHORISED',
      `Demo mode only talks to the simulator on this machine; ${host} is refused.`,
    );
  }
}
