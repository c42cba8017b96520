import { describe, expect, it } from 'vitest';
import { databaseFile, dataDir } from './dataDir';

describe('dataDir', () => {
  it('honours SCHAKEL_DATA_DIR on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(dataDir({ SCHAKEL_DATA_DIR: '/x/y' }, platform)).toBe('/x/y');
  });
  it('uses the platform application-data folder otherwise', () => {
    expect(dataDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe(
      '/home/u/.config/Schakel',
    );
    expect(dataDir({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32')).toMatch(
      /Roaming[\\/]Schakel$/,
    );
    expect(dataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Schakel$/);
  });
  it('keeps demo and live databases apart', () => {
    expect(databaseFile('/d', 'demo')).not.toBe(databaseFile('/d', 'live'));
  });
});
