import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, resolveApi } from './api/api-context';
import { App } from './app/App';
import './styles/global.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={resolveApi()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
