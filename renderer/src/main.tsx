// First: sends the first read of the bank before the rest of the app's code is evaluated.
import { appApi } from './api/app-api';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { App } from './app/App';
import './styles/global.css';
import { applyTheme } from './theme/use-theme';

// Before the first paint, so a dark OS never sees a light flash while the settings load.
applyTheme('system');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={appApi}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
