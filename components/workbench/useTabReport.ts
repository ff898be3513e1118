import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { TabEventSchema } from '@/lib/api/events/messages';
import type { TabReport } from '@/lib/api/tab/messages';

/**
 * The live check of a tab's page: asked for once when the view opens (and on 检查本页), then
 * kept current by the background's reports as the person edits the page.
 */
export function useTabReport(tabId: number | undefined) {
  const [report, setReport] = useState<TabReport>();
  const [failure, setFailure] = useState<string>();

  const check = useCallback(async () => {
    if (tabId === undefined) return;
    try {
      setReport(await send('checkTab', { tabId }));
      setFailure(undefined);
    } catch (error) {
      setFailure(failureText(error));
    }
  }, [tabId]);

  useEffect(() => {
    setReport(undefined);
    void check();
    const listener = (message: unknown) => {
      const event = TabEventSchema.safeParse(message);
      if (event.success && event.data.report.tabId === tabId) {
        setReport(event.data.report);
        setFailure(undefined);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId, check]);

  return { report, failure, check };
}
