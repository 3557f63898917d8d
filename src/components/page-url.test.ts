import { describe, expect, it } from 'vitest';
import { indexFileUrl } from './page-url';

describe('indexFileUrl', () => {
  it('adds index.html to a folder URL, before its fragment or query', () => {
    expect(indexFileUrl('../units/paths/')).toBe('../units/paths/index.html');
    expect(indexFileUrl('./')).toBe('./index.html');
    expect(indexFileUrl('/lms/1234/units/paths/#what-happens-next')).toBe(
      '/lms/1234/units/paths/index.html#what-happens-next',
    );
    expect(indexFileUrl('../../scenarios/tenant-attach-only/#s=1a/b')).toBe(
      '../../scenarios/tenant-attach-only/index.html#s=1a/b',
    );
    expect(indexFileUrl('glossary/?q=a/')).toBe('glossary/index.html?q=a/');
  });

  it('leaves a file URL and a fragment-only URL as they are', () => {
    expect(indexFileUrl('../favicon.svg')).toBe('../favicon.svg');
    expect(indexFileUrl('units/paths/index.html#x/')).toBe('units/paths/index.html#x/');
    expect(indexFileUrl('#main')).toBe('#main');
  });
});
