import { i18n } from '#i18n';
import type { AppError, AppErrorCode } from '../errors';
import type { FailureCode, FailureReason } from '../fill/values';
import type { ShortcutOutcome } from '../tab/handlers';
import { SHAPE_MESSAGES, type ShapeMessage } from '../model/profile';

const SHAPE_TEXT: Record<ShapeMessage, () => string> = {
  required: () => i18n.t('validation.required'),
  email: () => i18n.t('validation.email'),
  date: () => i18n.t('validation.date'),
  choice: () => i18n.t('validation.choice'),
  integer: () => i18n.t('validation.integer'),
};

const ERROR_TEXT: Record<AppErrorCode, () => string> = {
  'invalid-request': () => i18n.t('error.invalidRequest'),
  'invalid-profile': () => i18n.t('error.invalidProfile'),
  'not-found': () => i18n.t('error.notFound'),
  busy: () => i18n.t('error.busy'),
  'page-changed': () => i18n.t('error.pageChanged'),
  internal: () => i18n.t('error.internal'),
};

/** The user's words for a schema issue message (one of SHAPE_MESSAGES, or zod's own text). */
export function shapeMessageText(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return message in SHAPE_MESSAGES ? SHAPE_TEXT[message as ShapeMessage]() : message;
}

/** Errors whose sentence says all: their technical message is not for the person. */
const COMPLETE = new Set<AppErrorCode>(['busy', 'page-changed']);

export function appErrorText(error: AppError): string {
  return `${ERROR_TEXT[error.code]()}${error.issues.length || COMPLETE.has(error.code) ? '' : `: ${error.message}`}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A rule message in the language the UI is shown in: Chinese for any Chinese locale, English otherwise. */
export function findingText(message: { zh: string; en: string }): string {
  return i18n.t('@@ui_locale').toLowerCase().startsWith('zh') ? message.zh : message.en;
}

const FAILURE_TEXT: Record<FailureCode, (wanted: string, seen: string) => string> = {
  'no-control': (wanted) => i18n.t('fillReason.noControl', [wanted]),
  'no-option': (wanted, seen) => (seen ? i18n.t('fillReason.noOption', [wanted, seen]) : i18n.t('fillReason.noOptionNoneSeen', [wanted])),
  'no-list': (wanted) => i18n.t('fillReason.noList', [wanted]),
  'not-shown': (wanted) => i18n.t('fillReason.notShown', [wanted]),
  'no-add-button': (wanted) => i18n.t('fillReason.noAddButton', [wanted]),
  'no-other-input': () => i18n.t('fillReason.noOtherInput'),
  'no-name-field': (wanted) => i18n.t('fillReason.noNameField', [wanted]),
  refused: (wanted) => i18n.t('fillReason.refused', [wanted]),
  timeout: (wanted) => i18n.t('fillReason.timeout', [wanted]),
  unexpected: (wanted) => i18n.t('fillReason.unexpected', [wanted]),
};

/** Why a field was not filled, as a sentence in the UI's language. */
export function fillReasonText(reason: FailureReason): string {
  return FAILURE_TEXT[reason.code](reason.wanted ?? '', (reason.seen ?? []).join('、'));
}

/** What the keyboard shortcut did, as a sentence on the page. */
export function shortcutText(outcome: ShortcutOutcome): string {
  switch (outcome.kind) {
    case 'filled':
      return i18n.t('shortcut.filled', [outcome.client, outcome.count]);
    case 'conflict':
      return i18n.t('shortcut.conflict', [outcome.owner, outcome.client]);
    case 'no-choice':
      return i18n.t('shortcut.noChoice');
    case 'no-page':
      return i18n.t('shortcut.noPage');
    case 'failed':
      return appErrorText(outcome.error);
  }
}
