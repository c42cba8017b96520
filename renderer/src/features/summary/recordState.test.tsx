// @vitest-environment jsdom
/** A void or ended record never looks current: its state in the doctor's words, no harm mark. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { Condition, Episode } from '../../../../shared/domain/clinical/summary';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { practice } from '../../testing/fixtures';
import { ConditionList } from './ConditionList';
import { EpisodeList } from './EpisodeList';

afterEach(cleanup);
const provenance = { source: practice, date: '2025-01-01' };
const condition = (status: string | null, display: string): Condition => ({
  type: 'contra-indication',
  code: '1',
  codeSystem: '2.16.840.1.113883.2.4.4.1.902.40',
  display,
  status,
  start: '2025-01-01',
  provenance,
});
const episode = (status: string, attention: boolean): Episode => ({
  id: `e-${status}`,
  title: `Episode ${status}`,
  icpc: 'K86',
  start: '2024-01-01',
  end: null,
  active: status === 'active',
  attention,
  status,
  provenance,
});

describe('record state', () => {
  it('a nullified contra-indication is void, after the active one, without the harm mark', () => {
    renderWithProviders(
      <ConditionList
        conditions={[condition('nullified', 'Nierinsufficiëntie'), condition('active', 'Astma')]}
      />,
      { api: fakeApi() },
    );
    const items = screen.getAllByTestId('condition');
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['active', 'nullified']);
    expect(items[1]?.textContent).toContain('vervallen (ten onrechte vastgelegd)');
    expect(items[1]?.querySelector('[data-icon="warning"]')).toBeNull();
    expect(items[0]?.querySelector('[data-icon="warning"]')).not.toBeNull();
  });

  it('a nullified episode with attention value is shown as void, not as attention', () => {
    renderWithProviders(<EpisodeList episodes={[episode('nullified', true)]} />, {
      api: fakeApi(),
      language: 'en',
    });
    const item = screen.getByTestId('episode');
    expect(item.textContent).toContain('void (recorded in error)');
    expect(item.textContent).not.toContain('attention value');
  });
});
