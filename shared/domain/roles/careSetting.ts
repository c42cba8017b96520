/**
 * Where the acting person works. The same strings as `careSettingSchema` in shared/api/schemas.ts
 * (a test keeps them equal).
 */
export const careSettings = ['HAP', 'SEH', 'huisartspraktijk', 'apotheek'] as const;
export type CareSetting = (typeof careSettings)[number];
