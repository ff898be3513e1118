import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';

type Verdict = ResponseOf<'checkFooter'>;

const CHECK_TEXT: Record<string, (values: string[]) => string> = {
  'record-found': ([text]) => i18n.t('footer.recordFound', [text ?? '']),
  'record-missing': () => i18n.t('footer.recordMissing'),
  'icp-in-place': () => i18n.t('footer.icpInPlace'),
  'record-malformed': ([shown]) => i18n.t('footer.recordMalformed', [shown ?? '']),
  'wrong-province': ([shown, province]) => i18n.t('footer.wrongProvince', [shown || '—', province ?? '']),
  'missing-hao': () => i18n.t('footer.missingHao'),
  'link-ok': () => i18n.t('footer.linkOk'),
  'link-missing': () => i18n.t('footer.linkMissing'),
  'link-without-code': () => i18n.t('footer.linkWithoutCode'),
  'link-other-number': ([code]) => i18n.t('footer.linkOtherNumber', [code ?? '']),
  'in-book': ([client, website]) => i18n.t('footer.inBook', [client ?? '', website ?? '']),
  'not-in-book': ([number]) => i18n.t('footer.notInBook', [number ?? '']),
  'book-differs': ([client, number]) => i18n.t('footer.bookDiffers', [client ?? '', number ?? '']),
  'icp-found': ([number]) => i18n.t('footer.icpFound', [number ?? '']),
  'icp-missing': () => i18n.t('footer.icpMissing'),
  'icp-link-ok': () => i18n.t('footer.icpLinkOk'),
  'icp-link-missing': () => i18n.t('footer.icpLinkMissing'),
};

/**
 * 检查页脚备案号: on the person's own site, whether the home page's footer shows the 公安备案号 with
 * the right text and link, the one the book holds, and the ICP number beside it (guide step 7).
 */
export function FooterCheckPanel({ tabId }: { tabId: number }) {
  const [verdict, setVerdict] = useState<Verdict>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setProblem(undefined);
    setVerdict(undefined);
    try {
      setVerdict(await send('checkFooter', { tabId }));
    } catch (error) {
      setProblem(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  const failed = verdict?.checks.filter((item) => !item.ok).length ?? 0;
  return (
    <details className="footer-check">
      <summary>{i18n.t('footer.title')}</summary>
      <p className="meta">{i18n.t('footer.explain')}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void check()}>
        {i18n.t('footer.check')}
      </button>
      {problem && (
        <p className="status-failed" role="alert">
          {problem}
        </p>
      )}
      {verdict && (
        <section aria-label={i18n.t('footer.title')}>
          <p className={failed ? 'status-failed' : 'status-filled'} data-testid="footer-summary">
            {failed ? i18n.t('footer.problems', [verdict.host, failed]) : i18n.t('footer.allGood', [verdict.host])}
          </p>
          <ul className="footer-checks">
            {verdict.checks.map((item) => (
              <li key={item.code} data-code={item.code} className={item.ok ? 'status-filled' : 'status-failed'}>
                {item.ok ? '✓' : '✗'} {CHECK_TEXT[item.code]?.(item.values) ?? item.code}
              </li>
            ))}
          </ul>
        </section>
      )}
    </details>
  );
}
