import { operationNames, type Api } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';

/**
 * A typed fake of the contract for component tests: every operation answers INTERNAL unless the
 * test gives it an implementation, and every call is recorded.
 */
export function fakeApi(
  overrides: Partial<Api> = {},
): Api & { calls: { name: string; input: unknown }[] } {
  const calls: { name: string; input: unknown }[] = [];
  const api = Object.fromEntries(
    operationNames.map((name) => {
      const impl = overrides[name] as ((input: unknown) => Promise<Result<unknown>>) | undefined;
      return [
        name,
        (input: unknown) => {
          calls.push({ name, input });
          return impl
            ? impl(input)
            : Promise.resolve({
                ok: false,
                error: { code: 'INTERNAL', message: `${name} not faked` },
              });
        },
      ];
    }),
  ) as unknown as Api;
  return Object.assign(api, { calls });
}

export const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
