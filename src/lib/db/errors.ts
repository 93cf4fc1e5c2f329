import type { Issue } from '../domain/model/fields.ts';

/** The draft broke a rule; nothing was written. `issues` name the fields. */
export class ValidationError extends Error {
  constructor(
    readonly entity: string,
    readonly issues: Issue[],
  ) {
    super(`${entity} not saved: ${issues.map((i) => i.message).join(' ')}`);
    this.name = 'ValidationError';
  }
}

/** Another tab (or an earlier edit) saved the record first; nothing was written. */
export class ConflictError extends Error {
  constructor(readonly ref: string) {
    super(`${ref} was changed elsewhere (perhaps in another tab) after you opened it. Reload it and make your change again.`);
    this.name = 'ConflictError';
  }
}

/** The record does not exist (any more). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists; it may have been deleted in another tab.`);
    this.name = 'NotFoundError';
  }
}

/** A link points at nothing, or a record to delete is still linked from others. */
export class LinkError extends Error {
  constructor(
    message: string,
    readonly field = '',
  ) {
    super(message);
    this.name = 'LinkError';
  }
}
