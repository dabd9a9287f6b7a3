import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, resolveApi } from './api/api-context';
import { App } from './app/App';
import './styles/global.css';
import { applyTheme } from './theme/use-theme';

// Before the first paint, so a dark OS never sees a light flash while the settings load.
applyTheme('system');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={resolveApi()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
