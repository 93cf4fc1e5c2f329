/** JSON with the keys of every object sorted, so that equal content always gives the same text. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The SHA-256 of a text as hex, or '' where the browser offers no Web Crypto (a page not served over HTTPS). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The fingerprint of a workspace's content: the SHA-256 of its records in a canonical order and
 * form. Two exports of unchanged data have the same fingerprint, whenever they were made.
 */
export async function contentFingerprint(workspace: unknown, tables: Record<string, readonly { id: string }[]>): Promise<string> {
  const ordered = Object.keys(tables)
    .sort()
    .map((t) => [t, tables[t]!.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]);
  return sha256Hex(canonicalJson({ workspace, tables: ordered }));
}
