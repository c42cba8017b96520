import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Api } from '../../../shared/api/contract';
import type { PatientContext } from '../../../shared/api/patientSchemas';
import { ApiProvider } from '../api/ApiContext';
import { patientKeys } from '../api/queries';
import { I18nProvider, type Language } from '../i18n/I18nContext';

/** Renders with the providers the app uses, a fresh cache, and optionally an open patient. */
export function renderWithProviders(
  ui: ReactElement,
  { api, context, language = 'nl' }: { api: Api; context?: PatientContext; language?: Language },
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (context) client.setQueryData(patientKeys.context, context);
  const result = render(
    <ApiProvider api={api}>
      <QueryClientProvider client={client}>
        <I18nProvider initial={language}>{ui}</I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...result, client };
}
