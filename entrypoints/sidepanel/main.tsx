import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LockGate } from '@/components/lock/LockGate';
import { browser } from 'wxt/browser';
import { LISTED_CLIENTS, Workbench } from '@/components/workbench/Workbench';
import { askAhead } from '@/lib/messaging/client';
import '../popup/style.css';
import './style.css';

// Asked as the script starts, beside the lock's question: the list is there when the view first renders.
const firstList = askAhead('findClients', { limit: LISTED_CLIENTS });

/**
 * The side panel stays open while the person works: it follows the active tab of its window
 * (`sidepanel.html?tabId=N` pins one, for tests).
 */
function SidePanel() {
  const pinned = new URLSearchParams(location.search).get('tabId');
  const [tabId, setTabId] = useState<number | undefined>(pinned ? Number(pinned) : undefined);
  useEffect(() => {
    if (pinned) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id);
    });
    const follow = (active: { tabId: number; windowId: number }) => {
      if (windowId === undefined || active.windowId === windowId) setTabId(active.tabId);
    };
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, [pinned]);
  return <Workbench tabId={tabId} place="panel" firstList={firstList} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <SidePanel />
    </LockGate>
  </StrictMode>,
);
