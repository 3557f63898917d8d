import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MdxBodyError, readMdxBody, tryReadMdxBody } from './mdx-body';

const slugs = (body: string) => readMdxBody(body).headings.map((heading) => heading.slug);
const ids = (body: string, name: string) =>
  readMdxBody(body)
    .tags(name)
    .map((tag) => [tag.line, tag.attributes.get('id')]);

describe('tags', () => {
  it('reads string, braced-string and expression attributes, with line numbers', () => {
    expect(ids('a\n\n<Term id={"x"} />\n\n<Term id={name}>y</Term>', 'Term')).toEqual([
      [3, { kind: 'string', value: 'x' }],
      [5, { kind: 'expression', value: 'name' }],
    ]);
  });

  it('reads single-quoted, bare and spread attributes, inline and across lines', () => {
    const body = 'Text <Term id=\'one\'>x</Term> and <Term\n  hidden id="two" {...rest}>y</Term>.';
    const tags = readMdxBody(body).tags('Term');
    expect(tags.map((tag) => [tag.line, Object.fromEntries(tag.attributes)])).toEqual([
      [1, { id: { kind: 'string', value: 'one' } }],
      [1, { hidden: { kind: 'expression', value: 'true' }, id: { kind: 'string', value: 'two' } }],
    ]);
  });

  it('finds no tag in fenced code, inline code or a comment, and keeps the lines after them right', () => {
    const body = [
      '```mdx',
      '<Term id="fenced" />',
      '```',
      '',
      'Write `<Term id="inline">`.',
      '',
      '{/* <Term id="comment" /> */}',
      '',
      '<Term id="real" />',
    ];
    expect(ids(body.join('\n'), 'Term')).toEqual([[9, { kind: 'string', value: 'real' }]]);
  });

  it('tells a body that is not MDX, with its line, and reads it once', () => {
    const broken = 'Intro.\n\nAn <Term id="x">unclosed term.\n\nMore.';
    const result = tryReadMdxBody(broken);
    expect(result).toBeInstanceOf(MdxBodyError);
    expect((result as MdxBodyError).line).toBe(3);
    expect((result as MdxBodyError).message).toMatch(/closing tag for `<Term>`.*\(body line 3\)$/);
    expect(tryReadMdxBody(broken)).toBe(result);
    expect(() => readMdxBody(broken)).toThrow(MdxBodyError);
  });
});

describe('headings', () => {
  it('slugs headings as Astro does: duplicates numbered, markup dropped, code kept, fences skipped', () => {
    // Each expected id below was checked against the ids of a real `astro build` (Astro 5.18.2)
    // of a lesson holding exactly these headings.
    const body = [
      '## Slider positions',
      'Text.',
      '## Slider positions',
      '## The `ccmsetup` command line',
      '## Devices with <Term id="mdm">MDM</Term> enrolled',
      '## Read [the docs](https://example.com) first',
      '## **Bold** and _emphasis_ and snake_case',
      '## Before -- after',
      '## Ends with a question?',
      '## Trailing ###',
      '',
      'Setext heading',
      '---',
      '',
      "## What's new in 2203 & later",
      '## C# and .NET',
      '## Escaped \\* star',
      '## HTML &amp; entities',
      '```md',
      '## not a heading',
      '```',
      '### Déjà vu: “quoted” — dash',
      '## 2203+',
    ].join('\n');
    expect(slugs(body)).toEqual([
      'slider-positions',
      'slider-positions-1',
      'the-ccmsetup-command-line',
      'devices-with-mdm-enrolled',
      'read-the-docs-first',
      'bold-and-emphasis-and-snake_case',
      'before--after',
      'ends-with-a-question',
      'trailing',
      'setext-heading',
      'whats-new-in-2203--later',
      'c-and-net',
      'escaped--star',
      'html--entities',
      'déjà-vu-quoted--dash',
      '2203',
    ]);
    expect(
      readMdxBody(body)
        .headings.slice(2, 5)
        .map((heading) => heading.text),
    ).toEqual(['The ccmsetup command line', 'Devices with MDM enrolled', 'Read the docs first']);
  });

  it('matches the ids Astro builds for real headings of content/lessons', () => {
    // Checked against dist/units/<slug>/index.html of a real build: all 104 markdown headings of
    // units 1-7 agree; these are a few of them.
    const ids = (folder: string) =>
      slugs(
        readFileSync(join(process.cwd(), 'content', 'lessons', folder, 'index.mdx'), 'utf8').replace(
          /^---\n[\s\S]*?\n---\n/,
          '',
        ),
      );
    expect(ids('05-paths')).toEqual(
      expect.arrayContaining([
        'path-1-existing-configuration-manager-clients',
        'path-2-new-internet-based-devices',
        'the-ccmsetup-command-line',
        'start-from-scratch-with-microsoft-365-and-intune',
      ]),
    );
    expect(ids('02-understand-co-management')).toEqual(
      expect.arrayContaining([
        'which-devices-show-co-managed',
        'users-devices-and-apps-linked-with-entra-id',
        'resource-access-policies-from-version-2203',
      ]),
    );
    expect(ids('03-prerequisites')).toEqual(
      expect.arrayContaining(['entra-id-p1-or-p2', 'intune-set-up-with-intune-as-mdm-authority']),
    );
    expect(ids('04-connector-status')).toEqual(
      expect.arrayContaining(['the-cloud-attach-configuration-wizard', 'configure-upload', 'summary']),
    );
  });
});
