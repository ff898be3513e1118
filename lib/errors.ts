import type * as z from 'zod';

/**
 * The errors that cross the messaging boundary. Each has a code the UI can translate and,
 * for invalid input, the issues with their field paths, so a message can say what and where.
 */
export type AppErrorCode = 'invalid-request' | 'invalid-profile' | 'not-found' | 'busy' | 'page-changed' | 'page-edited' | 'too-large' | 'too-many-rows' | 'no-access' | 'no-answer' | 'conflict' | 'locked' | 'wrong-passphrase' | 'needs-passphrase' | 'storage-full' | 'resealing' | 'internal';

export interface AppIssue {
  path: (string | number)[];
  message: string;
}

export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  issues: AppIssue[];
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: AppIssue[];

  constructor(code: AppErrorCode, message: string, issues: AppIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  static fromZod(code: AppErrorCode, error: z.ZodError): AppError {
    const issues = error.issues.map((issue) => ({
      path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
      message: issue.message,
    }));
    const where = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return new AppError(code, where, issues);
  }

  /**
   * Any failure as an AppError: the browser's "storage full" (IndexedDB's QuotaExceededError,
   * however Dexie wraps it) is the person's to act on, not an internal error.
   */
  static from(error: unknown): AppError {
    // Dexie hands a failed write back wrapped (an AbortError with the cause as `inner`).
    for (let cause: unknown = error, depth = 0; cause && depth < 4; cause = (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause, depth++) {
      if (cause instanceof AppError) return cause;
      if ((cause as { name?: unknown }).name === 'QuotaExceededError') return new AppError('storage-full', String((cause as { message?: unknown }).message ?? 'quota exceeded'));
    }
    return new AppError('internal', error instanceof Error ? error.message : String(error));
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.message, issues: this.issues };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.issues);
  }
}
