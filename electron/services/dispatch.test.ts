import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from './dispatch';
import { ServiceError } from '../../shared/api/result';

const base = {
  appInfo: () => ({
    name: 'Schakel',
    version: '0',
    mode: 'demo',
    host: 'browser',
    demoIdentities: [],
    session: null,
  }),
  signInDemo: () => {
    throw new ServiceError('NOT_AUTHORISED', 'no');
  },
  signOut: () => {
    throw new Error('disk on fire: patient 123456782');
  },
  accessLogRecent: () => [{ wrong: 'shape' }],
} as unknown as Handlers;

describe('dispatch', () => {
  it('answers {ok, value}', async () => {
    expect(await dispatch(base, 'appInfo', {})).toMatchObject({
      ok: true,
      value: { name: 'Schakel' },
    });
  });
  it('keeps a ServiceError code', async () => {
    expect(await dispatch(base, 'signInDemo', { identityId: 'a' })).toEqual({
      ok: false,
      error: { code: 'NOT_AUTHORISED', message: 'no' },
    });
  });
  it('turns anything else into INTERNAL without leaking its message', async () => {
    const result = await dispatch(base, 'signOut', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong in Schakel.' },
    });
  });
  it('refuses an output that breaks the contract', async () => {
    expect(await dispatch(base, 'accessLogRecent', { limit: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
  it('names the bad field in a VALIDATION error', async () => {
    const result = await dispatch(base, 'accessLogRecent', { limit: -1 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('limit') },
    });
  });
});
