import { describe, expect, it } from 'vitest';
import { isSameSpeaker, speakerDuplicates } from '@/lib/domain/programme/speaker-duplicates';

describe('isSameSpeaker : même nom et même e-mail', () => {
  it.each([
    ['identical', { name: 'Awa Diallo', email: 'awa@exemple.fr' }, { name: 'Awa Diallo', email: 'awa@exemple.fr' }, true],
    ['case, accents and spaces', { name: ' Léa  Martin', email: 'Lea@Exemple.fr ' }, { name: 'lea martin', email: 'lea@exemple.fr' }, true],
    ['both without e-mail', { name: 'Awa Diallo', email: null }, { name: 'Awa Diallo', email: null }, true],
    ['another e-mail', { name: 'Awa Diallo', email: 'awa@exemple.fr' }, { name: 'Awa Diallo', email: 'a.diallo@exemple.fr' }, false],
    ['one without e-mail', { name: 'Awa Diallo', email: 'awa@exemple.fr' }, { name: 'Awa Diallo', email: null }, false],
    ['another name, same e-mail', { name: 'Awa Diallo', email: 'contact@exemple.fr' }, { name: 'Léo Martin', email: 'contact@exemple.fr' }, false],
  ])('%s', (_, a, b, expected) => {
    expect(isSameSpeaker(a, b)).toBe(expected);
  });
});

describe('speakerDuplicates', () => {
  it('lists, for each speaker entered twice or more, the other cards', () => {
    const twins = speakerDuplicates([
      { id: 'a', name: 'Awa Diallo', email: 'awa@exemple.fr' },
      { id: 'b', name: 'Léo Martin', email: null },
      { id: 'c', name: 'AWA DIALLO', email: 'awa@exemple.fr' },
      { id: 'd', name: 'Awa Diallo', email: 'awa@exemple.fr' },
    ]);
    expect(Object.fromEntries(twins)).toEqual({ a: ['c', 'd'], c: ['a', 'd'], d: ['a', 'c'] });
  });
});
