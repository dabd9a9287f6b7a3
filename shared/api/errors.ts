import { z } from 'zod';

export const API_ERROR_CODES = [
  'invalid-request', // the request does not match its schema; the handler never ran
  'invalid-response', // the handler answered something that breaks the contract; nothing is sent on
  'unknown-channel',
  'forbidden', // wrong sender frame, token, host or origin
  'not-found',
  'conflict',
  'locked', // another process owns the bank
  'too-large',
  'unsupported', // e.g. a bank from a newer version of the app
  'io-error',
  'cancelled', // the user closed a dialog
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorShape = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** The first few problems of a failed zod parse, in one line a person can read ("title: Too long; …"). */
export function describeZodIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown by handlers and services for errors the user should read; the message is shown as-is. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** What the renderer sees when a call fails: a rejected promise with this error. */
export class StorybankError extends Error {
  readonly code: ApiErrorCode;
  constructor(error: ApiErrorShape) {
    super(error.message);
    this.name = 'StorybankError';
    this.code = error.code;
  }
}

/** The words to show for any caught error: an API error's own message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
