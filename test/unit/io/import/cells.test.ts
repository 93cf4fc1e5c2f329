import { describe, expect, it } from 'vitest';
import { readableLinks, toGridCell, withoutEmphasis } from '../../../../src/lib/io/import/cells.ts';

describe('a cell as the importer reads it', () => {
  it('shows the words of Markdown images and links pasted into it, and keeps the value as stored', () => {
    const badge = '![Mitigate](https://img.shields.io/badge/strategy-Mitigate-0366d6)';
    expect(toGridCell(badge, undefined)).toEqual({ value: badge, text: 'Mitigate' });
    expect(toGridCell('[R-01](#r-01)', undefined)?.text).toBe('R-01');
    expect(toGridCell('See [the policy](../policies/access.md) and [NIST](https://nist.gov)', undefined)?.text).toBe('See the policy and NIST');
    // (A link to a page beside the table, session 26: "[CTRL-001](ctrl-001-access-review.md)"; words in brackets stay.)
    expect(toGridCell('[CTRL-001](ctrl-001-access-review.md)', undefined)?.text).toBe('CTRL-001');
    expect(toGridCell('[Scope](policies/access.md#scope)', undefined)?.text).toBe('Scope');
    expect(toGridCell('see [A](b c)', undefined)?.text).toBe('see [A](b c)');
    expect(toGridCell('[Doc](Policy.PDF)', undefined)?.text).toBe('Doc');
    // (…but not a word's index or call, nor a version in brackets: review 75.)
    for (const t of ['values[i](self.data)', 'list[str](default.none)', '[draft](v1.2)', '[1](fig.1)']) expect(toGridCell(t, undefined)?.text).toBe(t);
  });
  it('leaves brackets that are no link as they are, and shows the address of a link without words', () => {
    expect(toGridCell('Array[1](2)', undefined)?.text).toBe('Array[1](2)');
    expect(toGridCell('![](https://example.org/evidence/policy.png)', undefined)?.text).toBe('https://example.org/evidence/policy.png');
    expect(toGridCell('[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) and [mail us](mailto:isms@example.org)', undefined)?.text).toBe('Foo and mail us');
  });
  it('reads the cached result of a formula and rich text as plain text', () => {
    expect(toGridCell({ formula: 'A1*B1', result: 12 }, undefined)).toEqual({ value: 12, text: '12', formula: true });
    expect(toGridCell({ richText: [{ text: 'High' }, { text: ' (4)' }] }, undefined)?.text).toBe('High (4)');
  });
  it('keeps free text readable without losing where its links point', () => {
    expect(readableLinks('See [the standard](https://example.org/std) and ![Mitigate](https://img.shields.io/badge/x)')).toBe('See the standard (https://example.org/std) and Mitigate');
    expect(readableLinks('[R1](#r1), [mail us](mailto:isms@example.org), [https://a.example](https://a.example)')).toBe('R1, mail us (mailto:isms@example.org), https://a.example');
    expect(readableLinks('No links here')).toBe('No links here');
  });
  it.each([
    ['**Laptop theft**', 'Laptop theft'],
    ['Phishing leads to `credential` theft', 'Phishing leads to credential theft'],
    ['*Note*: see (*below*)', 'Note: see (below)'],
    ['**[R-1](#r1)** first', 'R-1 first'],
    // Not emphasis: arithmetic, a wildcard, snake_case, an unclosed mark; a strike-through is kept.
    ['3 * 4 * 5', '3 * 4 * 5'],
    ['A.5.*', 'A.5.*'],
    ['__proto__', '__proto__'],
    ['**unclosed', '**unclosed'],
    ['*—*', '—'],
    ['*(see HR)*', '(see HR)'],
    ['`A.5.1`/`A.5.2`', 'A.5.1/A.5.2'],
    ['Block *.exe, *.dll attachments', 'Block *.exe, *.dll attachments'],
    ['Risk (*) see note*', 'Risk (*) see note*'],
    ["Don`t share, isn`t allowed", "Don`t share, isn`t allowed"],
    ['~~Old supplier~~ New supplier', '~~Old supplier~~ New supplier'],
  ])('shows the words of Markdown emphasis: %s', (written, shown) => {
    expect(readableLinks(written)).toBe(shown);
    expect(toGridCell(written, undefined)?.text).toBe(shown);
  });
  it('leaves text without marks untouched', () => {
    expect(withoutEmphasis('Plain words, 5 x 3')).toBe('Plain words, 5 x 3');
  });
  it("drops an AI assistant's citation marks from the value and the text, and nothing else in brackets", () => {
    expect(toGridCell('[cite_start]Transfer (Insurance) [cite: 202, 203]', undefined)).toEqual({ value: 'Transfer (Insurance)', text: 'Transfer (Insurance)' });
    expect(toGridCell('[cite_start]Establish fixed meeting times [cite: 14]. Agree on deadlines.', undefined)?.value).toBe('Establish fixed meeting times. Agree on deadlines.');
    expect(toGridCell('See [cite] and [1]', undefined)?.value).toBe('See [cite] and [1]');
    expect(toGridCell('Quarterly access reviews [cite: 12-14]', undefined)?.value).toBe('Quarterly access reviews');
    // A long run of spaces before a mark (review 39) is read in one pass.
    const long = `Keep${' '.repeat(40000)}[cite notes] and [cite: 3]`;
    expect(toGridCell(long, undefined)?.value).toBe(`Keep${' '.repeat(40000)}[cite notes] and`);
  });
  it('reads an HTML line break written into the text as a line break (held-out 33)', () => {
    expect(toGridCell('EW<br>(1-5)', undefined)).toEqual({ value: 'EW\n(1-5)', text: 'EW\n(1-5)' });
    expect(toGridCell('Patch monthly<br/>Offline backups<BR />MFA', undefined)?.text).toBe('Patch monthly\nOffline backups\nMFA');
    expect(toGridCell('a <b>bold</b> <brand> word', undefined)?.text).toBe('a <b>bold</b> <brand> word');
  });
});
