import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function roomErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'rooms/downward')
    .map((m) => m.message);
}

describe('rooms/downward', () => {
  it('refuses a services test that imports the simulator (upward)', async () => {
    const errors = await roomErrors(
      'electron/services/records/records.test.ts',
      "import { demoIdentities } from '../../demo/identities';\nexport const x = demoIdentities;\n",
    );
    expect(errors.join()).toMatch(/electron\/services may not import electron\/demo/);
  });

  it('refuses a section feature that imports another section (sideways)', async () => {
    const errors = await roomErrors(
      'renderer/src/features/summary/Thing.tsx',
      "import { MedicationSection } from '../medication/MedicationSection';\nexport const x = MedicationSection;\n",
    );
    expect(errors.join()).toMatch(/features\/summary may not import .*features\/medication/);
  });

  it('refuses production code that imports test support', async () => {
    const errors = await roomErrors(
      'electron/cli/commands/fill.ts',
      "import { tempLog } from '../../services/accesslog/testing/tempLog';\nexport const x = tempLog;\n",
    );
    expect(errors.join()).toMatch(/test support/);
  });

  it('refuses an import of the cross-room tests', async () => {
    const errors = await roomErrors(
      'electron/app/app.ts',
      "import { harness } from '../integration/loopbackHarness';\nexport const x = harness;\n",
    );
    expect(errors.join()).toMatch(/nothing imports electron\/integration/);
  });

  it('lets the composition root import services and the simulator (downward)', async () => {
    const errors = await roomErrors(
      'electron/app/wiring.ts',
      "import { openDatabase } from '../services/db/database';\nimport { demoIdentities } from '../demo/identities';\nexport const x = [openDatabase, demoIdentities];\n",
    );
    expect(errors).toEqual([]);
  });
});
