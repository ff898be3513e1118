import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';

/** What the person shows of a field: where it is (指定), or how to set it (示范). */
export type Lesson = 'where' | 'how';

/**
 * 指定: the person shows the helper a field on the page — where it is, or how to set it by hand
 * (示范) — and the background keeps what they show; the popup may close meanwhile.
 */
export function useFieldLessons(tabId: number | undefined, pageId: string | undefined, setProblem: (problem: string | undefined) => void) {
  const [teaching, setTeaching] = useState<Lesson>();
  const [taught, setTaught] = useState<string>();

  const teach = async (lesson: Lesson, path: string, label: string) => {
    if (tabId === undefined || !pageId) return;
    setTeaching(lesson);
    setTaught(undefined);
    setProblem(undefined);
    try {
      const kept = await send(lesson === 'where' ? 'teachField' : 'demonstrateField', { tabId, pageId, path });
      if (kept) setTaught(i18n.t(lesson === 'where' ? 'popup.taughtField' : 'popup.shownHow', [label]));
    } catch (error) {
      setProblem(failureText(error));
    } finally {
      setTeaching(undefined);
    }
  };

  return { teaching, taught, teach, forgetTaught: () => setTaught(undefined) };
}
