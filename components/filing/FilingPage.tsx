import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { failureText, findingText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { BADGE_FILE, footerSnippet, footerText, type RecordLinkForm } from '@/lib/model/footer';
import type { Client } from '@/lib/model/profile';
import { REVIEW_SETS, reviewMaterialsFor } from '@/lib/model/review-materials';

/**
 * 备案之后, for one website: the 面审 materials checklist its answers call for (printable, ticks
 * kept with the website), and, once it has its 公安备案号, the footer snippet to paste at the bottom
 * of its home page with a live preview.
 */
export function FilingPage({ clientId, websiteId }: { clientId: string; websiteId: string }) {
  const [client, setClient] = useState<Client>();
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState<RecordLinkForm>('current');
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    send('getClient', { id: clientId }).then(setClient, (error: unknown) => setProblem(failureText(error)));
  }, [clientId]);

  const website = client?.websites.find((candidate) => candidate.id === websiteId) ?? client?.websites[0];
  if (problem) {
    return (
      <main>
        <p className="status-error" role="alert">
          {problem}
        </p>
      </main>
    );
  }
  if (!client || !website) return <main aria-busy="true" />;

  /** Saves a change of this website's filing; the page shows it at once and puts it back if the save fails. */
  const changeFiling = async (filing: Partial<Client['websites'][number]['filing']>) => {
    const previous = client;
    const next: Client = { ...client, websites: client.websites.map((candidate) => (candidate.id === website.id ? { ...candidate, filing: { ...candidate.filing, ...filing } } : candidate)) };
    setClient(next);
    setSaved(false);
    try {
      setClient(await send('saveClient', { client: next }));
      setSaved(true);
    } catch (error) {
      setClient(previous);
      setProblem(failureText(error));
    }
  };

  const materials = reviewMaterialsFor({
    nature: client.subject.nature,
    unitCertType: client.subject.unitCertType,
    byAgent: website.filing.byAgent,
    interactive: website.interactive,
    preapprovals: website.preapprovals,
  });
  const ticks = new Set(website.filing.reviewTicks);
  const toggle = (id: string, on: boolean) => void changeFiling({ reviewTicks: materials.map((material) => material.id).filter((candidate) => (candidate === id ? on : ticks.has(candidate))) });

  const number = website.filing.recordNumber;
  const snippet = footerSnippet(number, form);
  const preview = footerSnippet(number, form, browser.runtime.getURL(`/${BADGE_FILE}`));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet!);
      setCopied(true);
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <main>
      <header className="card-header">
        <h1>
          {website.name} <span className="meta">{website.domain}</span>
        </h1>
        <p className="meta">{i18n.t('filing.client', [client.displayName, client.subject.unitName || client.subject.principal.name])}</p>
      </header>

      <section className="card" aria-labelledby="review-title">
        <h2 id="review-title">{i18n.t('filing.reviewTitle')}</h2>
        {website.interactive ? (
          <>
            <p>{i18n.t('filing.reviewExplain', [REVIEW_SETS])}</p>
            <label className="no-print">
              <input type="checkbox" checked={website.filing.byAgent} onChange={(event) => void changeFiling({ byAgent: event.target.checked })} /> {i18n.t('filing.byAgent')}
            </label>
            <table className="materials">
              <thead>
                <tr>
                  <th>#</th>
                  <th>{i18n.t('filing.material')}</th>
                  <th>{i18n.t('filing.form')}</th>
                  <th>{i18n.t('filing.copies')}</th>
                  <th>{i18n.t('filing.ready')}</th>
                </tr>
              </thead>
              <tbody>
                {materials.map((material, index) => (
                  <tr key={material.id} data-material={material.id}>
                    <td className="number">{index + 1}</td>
                    <td>{findingText(material)}</td>
                    <td>{material.form === 'original' ? i18n.t('filing.original') : i18n.t('filing.copy')}</td>
                    <td>{REVIEW_SETS}</td>
                    <td>
                      <input type="checkbox" aria-label={i18n.t('filing.tick', [material.zh])} checked={ticks.has(material.id)} onChange={(event) => toggle(material.id, event.target.checked)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="meta">{i18n.t('filing.readyCount', [materials.filter((material) => ticks.has(material.id)).length, materials.length])}</p>
            <div className="toolbar no-print">
              <button type="button" onClick={() => window.print()}>
                {i18n.t('filing.print')}
              </button>
              {saved && (
                <span className="status-ok" role="status">
                  {i18n.t('filing.saved')}
                </span>
              )}
            </div>
          </>
        ) : (
          <p>{i18n.t('filing.noReview')}</p>
        )}
      </section>

      <section className="card no-print" aria-labelledby="footer-title">
        <h2 id="footer-title">{i18n.t('filing.footerTitle')}</h2>
        {snippet && preview ? (
          <>
            <p>{i18n.t('filing.footerExplain', [footerText(number)!])}</p>
            <div className="toolbar" role="radiogroup" aria-label={i18n.t('filing.linkForm')}>
              <label>
                <input type="radio" name="link-form" checked={form === 'current'} onChange={() => setForm('current')} /> {i18n.t('filing.formCurrent')}
              </label>
              <label>
                <input type="radio" name="link-form" checked={form === 'classic'} onChange={() => setForm('classic')} /> {i18n.t('filing.formClassic')}
              </label>
            </div>
            <textarea className="snippet" readOnly value={snippet} aria-label={i18n.t('filing.snippet')} />
            <div className="toolbar">
              <button type="button" onClick={() => void copy()}>
                {i18n.t('filing.copySnippet')}
              </button>
              <a href={`/${BADGE_FILE}`} download={BADGE_FILE}>
                {i18n.t('filing.downloadBadge')}
              </a>
              {copied && <span className="status-ok">{i18n.t('filing.copied')}</span>}
            </div>
            <p className="meta">{i18n.t('filing.preview')}</p>
            {/* Our own markup, built from a 14-digit number and constant text: nothing of a page or a person goes in unescaped. */}
            <div className="preview" data-testid="footer-preview" dangerouslySetInnerHTML={{ __html: preview }} />
          </>
        ) : (
          <p>{number ? i18n.t('filing.badNumber', [number]) : i18n.t('filing.noNumber')}</p>
        )}
      </section>
    </main>
  );
}
