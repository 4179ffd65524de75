import { describe, expect, it } from 'vitest';
import { searchKey, slugify } from '@/lib/domain/text/slug';

describe('slugify', () => {
  it.each([
    ['RéZolutions numériques — rencontre régionale', 'rezolutions-numeriques-rencontre-regionale'],
    ['L’Explor’camp d’Évry', 'lexplorcamp-devry'],
    ['  !!!  ', 'evenement'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles on a word boundary without a trailing dash', () => {
    const slug = slugify('a'.repeat(59) + ' bcd', 60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('searchKey', () => {
  it('ignores accents, case, apostrophes and dashes', () => {
    expect(searchKey('Saint-Étienne')).toBe(searchKey('saint etienne'));
    expect(searchKey("L'Haÿ-les-Roses")).toBe('l hay les roses');
  });
});
