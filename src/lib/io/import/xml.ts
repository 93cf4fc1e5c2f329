/** Just enough XML handling for the package parts the pre-scan rewrites (no DOM: runs in a worker). */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities and character references replaced. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return entities[e] ?? '';
  });
}

/** Text safe inside an XML attribute or element. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`);
}

/** The attributes of one start tag, by local name (prefixes dropped). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] ?? '').replace(/^[\w.-]+:/, '');
    if (!out.has(name)) out.set(name, unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Every start tag `<prefix:local …>` (any prefix) in the text. */
export function startTags(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, 'g')) ?? [];
}

/** The namespace prefix ("x:") a part uses for its root element, or "". */
export function rootPrefix(xml: string, local: string): string {
  return new RegExp(`<([\\w.-]+:)?${local}\\b`).exec(xml)?.[1] ?? '';
}

/** The part with the given prefix removed from every element name. */
export function dropPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  const p = prefix.replace(/[.-]/g, '\\$&');
  return xml.replace(new RegExp(`<(/?)${p}`, 'g'), '<$1');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a `.rels` part, targets resolved against the folder of their source part. */
export function relationships(xml: string, sourceDir: string): Relationship[] {
  return startTags(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: resolvePath(sourceDir, a.get('Target') ?? '') };
  });
}

/** A part path from a relationship target ("../x", "/xl/x", "worksheets/x"). */
export function resolvePath(dir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
