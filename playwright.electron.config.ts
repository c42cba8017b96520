import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-electron.json' }]],
});
