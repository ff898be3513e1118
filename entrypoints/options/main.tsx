import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LockGate } from '@/components/lock/LockGate';
import { App, FIRST_SCREEN } from '@/components/options/App';
import { askAhead } from '@/lib/messaging/client';
import './style.css';

// Asked as the script starts, beside the lock's question: the list's first screen is there when the page first renders.
const firstScreen = askAhead('findClients', { limit: FIRST_SCREEN });
document.title = i18n.t('app.title');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <App firstScreen={firstScreen} />
    </LockGate>
  </StrictMode>,
);
