import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FilingPage } from '@/components/filing/FilingPage';
import { LockGate } from '@/components/lock/LockGate';
import './style.css';

document.title = i18n.t('filing.title');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
const query = new URLSearchParams(location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <FilingPage clientId={query.get('client') ?? ''} websiteId={query.get('website') ?? ''} />
    </LockGate>
  </StrictMode>,
);
