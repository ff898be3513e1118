import { i18n } from '#i18n';
import type { AppError, AppErrorCode } from '../errors';
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
  internal: () => i18n.t('error.internal'),
};

/** The user's words for a schema issue message (one of SHAPE_MESSAGES, or zod's own text). */
export function shapeMessageText(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return message in SHAPE_MESSAGES ? SHAPE_TEXT[message as ShapeMessage]() : message;
}

export function appErrorText(error: AppError): string {
  return `${ERROR_TEXT[error.code]()}${error.issues.length ? '' : `: ${error.message}`}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A rule message in the language the UI is shown in: Chinese for any Chinese locale, English otherwise. */
export function findingText(message: { zh: string; en: string }): string {
  return i18n.t('@@ui_locale').toLowerCase().startsWith('zh') ? message.zh : message.en;
}
