import { readFileSync } from 'node:fs';

declare const __SCHAKEL_VERSION__: string | undefined;

/** The app's version: baked in by the build, or read from package.json when run from source. */
export function appVersion(): string {
  if (typeof __SCHAKEL_VERSION__ === 'string') return __SCHAKEL_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
