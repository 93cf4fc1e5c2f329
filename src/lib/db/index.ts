export { IsmsDatabase, SCHEMA_VERSION, type StoredRecord, type ChangeLogRow } from './database.ts';
export { Repository } from './repository.ts';
export { Workspaces, newWorkspaceDraft } from './workspaces.ts';
export { ConflictError, LinkError, NotFoundError, ValidationError } from './errors.ts';
