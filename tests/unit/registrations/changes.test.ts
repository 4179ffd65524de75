import { describe, expect, it } from 'vitest';
import { changeValueText, diffParticipant, listText, readFieldChanges, type ParticipantSnapshot } from '@/lib/domain/registrations/changes';

const base: ParticipantSnapshot = {
  name: 'Awa Diallo',
  email: 'awa@exemple.fr',
  organisation: 'Hub du Nord',
  category: 'Médiateur·rice numérique',
  isSpeaker: 'non',
  accessibilityNeeds: '',
  days: 'jeudi 10 octobre',
  sessions: listText(['Atelier B', 'Atelier A']),
};

describe('diffParticipant', () => {
  it.each([
    ['rien ne change', {}, []],
    ['la catégorie', { category: 'Élu·e' }, ['category']],
    ['des besoins ajoutés', { accessibilityNeeds: 'Repas végétarien' }, ['accessibilityNeeds']],
    ['les jours et les sessions', { days: 'jeudi 10 octobre ; vendredi 11 octobre', sessions: 'Atelier A' }, ['days', 'sessions']],
    ['nom et adresse, dans l’ordre d’affichage', { email: 'a.diallo@exemple.fr', name: 'Awa DIALLO' }, ['name', 'email']],
  ] as const)('%s', (_, patch, fields) => {
    const changes = diffParticipant(base, { ...base, ...patch });
    expect(changes.map((change) => change.field)).toEqual(fields);
    for (const change of changes) expect(change.before).toBe(base[change.field]);
  });
});

describe('listText', () => {
  it.each([
    [[], ''],
    [['Atelier B', 'atelier a', 'Écrire'], 'atelier a ; Atelier B ; Écrire'],
  ])('%j → %s', (items, text) => expect(listText(items)).toBe(text));
});

describe('readFieldChanges', () => {
  it.each([
    [null, 0],
    ['texte', 0],
    [[{ field: 'name', before: 'A', after: 'B' }], 1],
    [[{ field: 'inconnu', before: 'A', after: 'B' }, { field: 'days', before: 1, after: 'B' }], 0],
  ])('%j → %i', (json, count) => expect(readFieldChanges(json)).toHaveLength(count));
  it('montre une valeur vide comme un tiret', () => expect(changeValueText('')).toBe('—'));
});
