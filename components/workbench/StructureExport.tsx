import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { saveFile, today } from '../save-file';

/**
 * 导出页面结构: a page the helper got wrong is saved as a file of its structure — captions,
 * options and headings only, nothing of anyone (lib/fill/structure.ts) — for the project's tests.
 */
export function StructureExport({ tabId }: { tabId: number }) {
  const [said, setSaid] = useState<{ text: string; failed: boolean }>();
  const save = async () => {
    setSaid(undefined);
    try {
      const file = await send('exportPageStructure', { tabId });
      saveFile([JSON.stringify(file, null, 2)], 'application/json', `beian-helper-page-${file.pageId ?? 'unknown'}-${today(file.exportedAt)}.json`);
      setSaid({ text: i18n.t('popup.structureSaved'), failed: false });
    } catch (error) {
      setSaid({ text: failureText(error), failed: true });
    }
  };
  return (
    <>
      <button type="button" className="link" title={i18n.t('popup.structureHint')} onClick={() => void save()}>
        {i18n.t('popup.structureExport')}
      </button>
      {said && (
        <p className={said.failed ? 'status-failed' : 'meta'} role={said.failed ? 'alert' : 'status'}>
          {said.text}
        </p>
      )}
    </>
  );
}
