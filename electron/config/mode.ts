import type { Mode } from './dataDir';

/**
 * Demo unless live mode is configured. Live mode needs an endpoint, a system certificate and
 * trust anchors; until those are configured (configuration file, a later issue) the app stays
 * in demo mode, so `npm start` works anywhere.
 */
export function modeFromEnv(env: NodeJS.ProcessEnv = process.env): Mode {
  return env.SCHAKEL_MODE === 'live' ? 'live' : 'demo';
}
