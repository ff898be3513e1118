import { i18n } from '#i18n';
import { AppError, type AppErrorCode } from '../errors';
import { FILL_ANSWER_MS, FILL_DEADLINE_MS, type FailureCode, type FailureReason } from '../fill/values';
import type { ShortcutOutcome } from '../api/tab/messages';
import { LARGEST_UPLOAD_BYTES } from '../model/attachments';
import { SHAPE_MESSAGES, type ShapeMessage } from '../model/profile';
import { SHEET_LIMITS } from '../api/import/messages';

const SHAPE_TEXT: Record<ShapeMessage, (bound: string) => string> = {
  required: () => i18n.t('validation.required'),
  email: () => i18n.t('validation.email'),
  date: () => i18n.t('validation.date'),
  choice: () => i18n.t('validation.choice'),
  integer: () => i18n.t('validation.integer'),
  tooLong: (bound) => i18n.t('validation.tooLong', [bound]),
  tooMany: (bound) => i18n.t('validation.tooMany', [bound]),
};

const ERROR_TEXT: Record<AppErrorCode, () => string> = {
  'invalid-request': () => i18n.t('error.invalidRequest'),
  'invalid-profile': () => i18n.t('error.invalidProfile'),
  'not-found': () => i18n.t('error.notFound'),
  busy: () => i18n.t('error.busy'),
  'page-changed': () => i18n.t('error.pageChanged'),
  'page-edited': () => i18n.t('error.pageEdited'),
  conflict: () => i18n.t('error.conflict'),
  'no-access': () => i18n.t('error.noAccess'),
  'too-many-rows': () => i18n.t('error.tooManyRows', [SHEET_LIMITS.rows]),
  'no-answer': () => i18n.t('error.noAnswer', [FILL_ANSWER_MS / 1000]),
  'too-large': () => i18n.t('error.tooLarge', [formatBytes(LARGEST_UPLOAD_BYTES)]),
  locked: () => i18n.t('error.locked'),
  'wrong-passphrase': () => i18n.t('error.wrongPassphrase'),
  'needs-passphrase': () => i18n.t('error.needsPassphrase'),
  'storage-full': () => i18n.t('error.storageFull'),
  resealing: () => i18n.t('error.resealing'),
  internal: () => i18n.t('error.internal'),
};

/** The user's words for a schema issue message (one of SHAPE_MESSAGES, maybe with its bound as `tooLong:100`, or zod's own text). */
export function shapeMessageText(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const [key = '', bound = ''] = message.split(':');
  return key in SHAPE_MESSAGES ? SHAPE_TEXT[key as ShapeMessage](bound) : message;
}

/** Errors whose sentence says all: their technical message is not for the person. */
const COMPLETE = new Set<AppErrorCode>(['busy', 'page-changed', 'page-edited', 'too-large', 'too-many-rows', 'no-access', 'no-answer', 'locked', 'wrong-passphrase', 'needs-passphrase', 'storage-full', 'resealing']);

export function appErrorText(error: AppError): string {
  return `${ERROR_TEXT[error.code]()}${error.issues.length || COMPLETE.has(error.code) ? '' : `: ${error.message}`}`;
}

/** Any failure as a sentence in the UI's language: the app's own errors by their code, anything else as an internal error with its message. */
export function failureText(error: unknown): string {
  return appErrorText(AppError.from(error));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
  redrawn: (wanted) => i18n.t('fillReason.redrawn', [wanted]),
  'no-add-button': (wanted) => i18n.t('fillReason.noAddButton', [wanted]),
  'no-other-input': () => i18n.t('fillReason.noOtherInput'),
  'no-name-field': (wanted) => i18n.t('fillReason.noNameField', [wanted]),
  refused: (wanted) => i18n.t('fillReason.refused', [wanted]),
  doubtful: (wanted) => i18n.t('fillReason.doubtful', [wanted]),
  timeout: (wanted) => i18n.t('fillReason.timeout', [wanted]),
  'out-of-time': () => i18n.t('fillReason.outOfTime', [FILL_DEADLINE_MS / 1000]),
  unexpected: (wanted) => i18n.t('fillReason.unexpected', [wanted]),
};

/** Why a field was not filled, as a sentence in the UI's language. */
export function fillReasonText(reason: FailureReason): string {
  return FAILURE_TEXT[reason.code](reason.wanted ?? '', (reason.seen ?? []).join('、'));
}

/**
 * What the keyboard shortcut did, as a sentence — on the page, or on the toolbar button. The page
 * is the platform's and could be compromised: it is never told which other client's values it holds.
 */
export function shortcutText(outcome: ShortcutOutcome, where: 'page' | 'toolbar'): string {
  switch (outcome.kind) {
    case 'filled':
      return i18n.t('shortcut.filled', [outcome.client, outcome.count]);
    case 'conflict':
      return where === 'page' ? i18n.t('shortcut.conflictOnPage', [outcome.client]) : i18n.t('shortcut.conflict', [outcome.owner, outcome.client]);
    case 'no-choice':
      return i18n.t('shortcut.noChoice');
    case 'no-page':
      return i18n.t('shortcut.noPage');
    case 'failed':
      return appErrorText(outcome.error);
  }
}
