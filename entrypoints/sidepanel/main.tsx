import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LockGate } from '@/components/lock/LockGate';
import { browser } from 'wxt/browser';
import { Workbench } from '@/components/workbench/Workbench';
import '../popup/style.css';
import './style.css';

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
  return <Workbench tabId={tabId} place="panel" />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LockGate>
      <SidePanel />
    </LockGate>
  </StrictMode>,
);
