/**
 * "Add a control set": a set name and pasted lines `id<TAB, ; or |>title`, checked line by line
 * before anything is saved, then created in one transaction so that a set is added whole or not
 * at all (DOMAIN 5.4, extended control sets).
 */
import type { IsmsDatabase } from '../../../lib/db/database.ts';
import { ValidationError } from '../../../lib/db/errors.ts';
import type { Repository } from '../../../lib/db/repository.ts';
import { customControlEntity } from '../../../lib/domain/entities/custom-control.ts';
import { emptyDraft, validate } from '../../../lib/domain/model/entity.ts';

export interface SetLine {
  /** 1-based line number in the pasted text. */
  line: number;
  id: string;
  title: string;
  /** Why this line cannot be saved; '' when it can. */
  problem: string;
}

/** A custom control that already exists in the workspace. */
export interface ExistingControl {
  controlId: string;
  ref: string;
}

const SEPARATOR = /[\t;|]/;

/** The controls a set's pasted text describes, one per non-blank line, each with its problem if any. */
export function parseControlLines(text: string, existing: readonly ExistingControl[], source: string): SetLine[] {
  const taken = new Map(existing.map((c) => [c.controlId.trim().toLowerCase(), c.ref]));
  const seen = new Map<string, number>();
  const out: SetLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const at = raw.search(SEPARATOR);
    const id = (at < 0 ? raw : raw.slice(0, at)).trim();
    const title = at < 0 ? '' : raw.slice(at + 1).trim();
    const key = id.toLowerCase();
    let problem = '';
    if (at < 0) problem = `No separator between id and title: write "${id} ; title" (a tab, ; or | separates them).`;
    else if (taken.has(key)) problem = `${id} is already used by ${taken.get(key)}.`;
    else if (seen.has(key)) problem = `${id} appears twice (also on line ${seen.get(key)}).`;
    else {
      const issues = validate(customControlEntity, draft(id, title, source), {});
      problem = issues.map((x) => x.message).join(' ');
      if (problem && !problem.includes(id)) problem = `${id}: ${problem}`;
    }
    if (!seen.has(key)) seen.set(key, i + 1);
    out.push({ line: i + 1, id, title, problem });
  });
  return out;
}

function draft(id: string, title: string, source: string) {
  return emptyDraft(customControlEntity, { controlId: id, title, source: source.trim() });
}

/** The set could not be saved; `id` names the control that was refused. */
export class ControlSetRefused extends Error {
  constructor(
    readonly id: string,
    cause: unknown,
  ) {
    const why = cause instanceof ValidationError ? cause.issues.map((i) => i.message).join(' ') : cause instanceof Error ? cause.message : String(cause);
    super(`Nothing of the set was saved: ${id} was refused. ${why}`);
    this.name = 'ControlSetRefused';
  }
}

/**
 * Creates every control of the set in one transaction: if the repository refuses one (an id
 * that clashes with Annex A or with another custom control), none is kept.
 */
export async function saveControlSet(
  db: IsmsDatabase,
  repo: Repository,
  workspaceId: string,
  source: string,
  lines: readonly Pick<SetLine, 'id' | 'title'>[],
): Promise<number> {
  let current = '';
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const l of lines) {
        current = l.id;
        await repo.create(customControlEntity, workspaceId, draft(l.id, l.title, source));
      }
    });
  } catch (e) {
    throw new ControlSetRefused(current, e);
  }
  return lines.length;
}
