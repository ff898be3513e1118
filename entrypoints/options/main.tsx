import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LockGate } from '@/components/lock/LockGate';
import { App } from '@/components/options/App';
import './style.css';

document.title = i18n.t('app.title');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <App />
    </LockGate>
  </StrictMode>,
);
