/**
 * Where the acting person works. The same strings as `careSettingSchema` in shared/api/schemas.ts
 * (a test keeps them equal).
 */
export const careSettings = ['HAP', 'SEH', 'huisartspraktijk', 'apotheek'] as const;
export type CareSetting = (typeof careSettings)[number];

export const careSettingLabel: Record<CareSetting, { nl: string; en: string }> = {
  HAP: { nl: 'Huisartsenpost', en: 'Out-of-hours GP post' },
  SEH: { nl: 'Spoedeisende hulp', en: 'Emergency department' },
  huisartspraktijk: { nl: 'Huisartspraktijk', en: 'GP practice' },
  apotheek: { nl: 'Apotheek', en: 'Pharmacy' },
};
