import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApi } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { I18nProvider } from './i18n/I18nContext';
import { App } from './App';
import './styles/base.css';
import './styles/print.css';

performance.mark('schakel:boot');
// Medical data lives only in this cache, in memory; nothing is persisted.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: 5 * 60_000 } },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApiProvider api={createApi()}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
