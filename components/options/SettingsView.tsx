import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/model/settings';
import { loadSettings, saveSettings } from '@/lib/settings';
import { EncryptionSettings } from './EncryptionSettings';

/** The idle times a book may lock itself after, in minutes (0: never). */
const AUTO_LOCK_CHOICES = [5, 15, 30, 60, 240, 0];

/** The person's settings, saved as soon as they change. */
export function SettingsView() {
  const [settings, setSettings] = useState<Settings>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => setProblem(failureText(error)));
  }, []);

  /** The box shows the person's choice at once (a checkbox that lags its click looks broken); a failed save puts it back and says why. */
  const change = async (next: Settings) => {
    const previous = settings;
    setProblem(undefined);
    setSettings(next);
    try {
      await saveSettings(next);
    } catch (error) {
      setSettings(previous);
      setProblem(failureText(error));
    }
  };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{i18n.t('settings.title')}</h2>
      {settings && (
        <label className="setting">
          <input type="checkbox" checked={settings.highlightFilled} onChange={(event) => void change({ ...settings, highlightFilled: event.target.checked })} />{' '}
          {i18n.t('settings.highlightFilled')}
        </label>
      )}
      <EncryptionSettings>
        {settings && (
          <label className="setting">
            {i18n.t('encryption.autoLock')}{' '}
            <select value={settings.autoLockMinutes} onChange={(event) => void change({ ...settings, autoLockMinutes: Number(event.target.value) })}>
              {AUTO_LOCK_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 0 ? i18n.t('encryption.never') : minutes < 60 ? i18n.t('encryption.minutes', [minutes]) : i18n.t('encryption.hours', [minutes / 60])}
                </option>
              ))}
            </select>
          </label>
        )}
      </EncryptionSettings>
      {problem && (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      )}
      <p className="meta">
        {i18n.t('settings.privacy')}{' '}
        <a href="/privacy.html" target="_blank" rel="noreferrer">
          {i18n.t('settings.privacyLink')}
        </a>
      </p>
    </section>
  );
}
