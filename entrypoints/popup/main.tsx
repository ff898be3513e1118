import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LockGate } from '@/components/lock/LockGate';
import { browser } from 'wxt/browser';
import { LISTED_CLIENTS, Workbench } from '@/components/workbench/Workbench';
import { askAhead } from '@/lib/messaging/client';
import './style.css';

// Asked as the script starts, beside the lock's question: the list is there when the view first renders.
const firstList = askAhead('findClients', { limit: LISTED_CLIENTS });

/** The tab the popup is about: `popup.html?tabId=N` (tests open the popup as a page), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => void targetTab().then(setTabId), []);
  return <Workbench tabId={tabId} place="popup" firstList={firstList} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <Popup />
    </LockGate>
  </StrictMode>,
);
