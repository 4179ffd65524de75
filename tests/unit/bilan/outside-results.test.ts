import { describe, expect, it } from 'vitest';
import { readOutsideAnswers, readRating } from '@/lib/domain/bilan/outside-import';
import { combineOutsideResults, weightedAverage, type OutsideSource } from '@/lib/domain/bilan/outside-results';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';

describe('weightedAverage: Σ moyenne × réponses ÷ Σ réponses, au dixième', () => {
  it.each([
    { name: 'Trame only', parts: [{ answers: 20, average: 4.2 }], expected: { answers: 20, average: 4.2 } },
    { name: 'equal weights', parts: [{ answers: 10, average: 4 }, { answers: 10, average: 3 }], expected: { answers: 20, average: 3.5 } },
    { name: 'weighted by answers', parts: [{ answers: 30, average: 4.5 }, { answers: 10, average: 3.5 }], expected: { answers: 40, average: 4.3 } },
    { name: 'rounded half up to a tenth', parts: [{ answers: 3, average: 4 }, { answers: 1, average: 5 }], expected: { answers: 4, average: 4.3 } },
    { name: 'a side without answers weighs nothing', parts: [{ answers: 0, average: null }, { answers: 12, average: 3.9 }], expected: { answers: 12, average: 3.9 } },
    { name: 'a null average weighs nothing', parts: [{ answers: 5, average: null }, { answers: 2, average: 5 }], expected: { answers: 2, average: 5 } },
    { name: 'nothing at all', parts: [], expected: { answers: 0, average: null } },
  ])('$name', ({ parts, expected }) => {
    expect(weightedAverage(parts)).toEqual(expected);
  });
});

const trame: QuestionnaireSummary = {
  invited: 80,
  responses: 30,
  responseRate: 37.5,
  overallSatisfaction: 4.5,
  questions: [
    { id: 'overall', kind: 'scale', label: 'Globalement, êtes-vous satisfait·e de cet événement ?', answers: 30, average: 4.5, distribution: [0, 0, 3, 9, 18] },
    { id: 'content', kind: 'scale', label: 'Les contenus vous ont-ils semblé pertinents ?', answers: 28, average: 4, distribution: [0, 0, 6, 16, 6] },
  ],
  selectedVerbatims: [],
};

const paper: OutsideSource = {
  sourceLabel: 'questionnaire papier',
  responseCount: 12,
  scores: [
    { questionId: 'overall', label: 'Satisfaction globale', answers: 10, average: 3.5 },
    { questionId: null, label: 'Accueil', answers: 12, average: 4.75 },
  ],
  quotes: [{ text: 'Très utile', author: null }],
  importedFrom: null,
};

describe('combineOutsideResults', () => {
  it('gives nothing without an outside source', () => {
    expect(combineOutsideResults(trame, [])).toBeNull();
  });

  it('adds responses and weighs each question by its answers', () => {
    const result = combineOutsideResults(trame, [paper]);
    expect(result?.responses).toEqual({ trame: 30, outside: 12, total: 42 });
    expect(result?.scores).toEqual([
      {
        key: 'overall',
        label: 'Globalement, êtes-vous satisfait·e de cet événement ?',
        trame: { answers: 30, average: 4.5 },
        outside: { answers: 10, average: 3.5 },
        combined: { answers: 40, average: 4.3 },
      },
      { key: 'label:accueil', label: 'Accueil', trame: null, outside: { answers: 12, average: 4.8 }, combined: { answers: 12, average: 4.8 } },
    ]);
  });

  it('combines two outside sources on the same label, without a Trame questionnaire', () => {
    const online: OutsideSource = { ...paper, sourceLabel: 'formulaire en ligne externe', responseCount: 4, scores: [{ questionId: null, label: 'accueil ', answers: 4, average: 3.75 }] };
    const result = combineOutsideResults(null, [paper, online]);
    expect(result?.responses).toEqual({ trame: 0, outside: 16, total: 16 });
    // overall has no Trame side here: it is matched by label only.
    expect(result?.scores.find((score) => score.key === 'label:accueil')?.combined).toEqual({ answers: 16, average: 4.5 });
  });
});

describe('readRating', () => {
  it.each([
    [4, 4],
    ['4', 4],
    ['4,0', 4],
    [' 5/5 ', 5],
    ['', null],
    [null, null],
    ['6', 'invalid'],
    [0, 'invalid'],
    [3.5, 'invalid'],
    ['bien', 'invalid'],
  ] as const)('%j → %j', (cell, expected) => {
    expect(readRating(cell)).toBe(expected);
  });
});

const questions = [{ id: 'overall', label: 'Globalement, êtes-vous satisfait·e de cet événement ?' }];

describe('readOutsideAnswers', () => {
  const header = ['Horodateur', 'Globalement, êtes-vous satisfait·e de cet événement ?', 'Accueil', 'Structure', 'Avis à chaud', 'Consentement', 'Prénom'];
  const rows = [
    { line: 2, cells: ['2026-03-12', '5', '4', 'Centre social', 'Super journée', 'oui', 'Awa'] },
    { line: 3, cells: ['2026-03-12', '4', '', 'Médiathèque', 'Trop court', 'non', 'Paul'] },
    { line: 4, cells: ['2026-03-12', '3', '5', '', '', '', ''] },
    { line: 5, cells: ['', '', '', '', '', '', ''] },
  ];

  it('counts respondents, averages rating columns, keeps consented quotes only', () => {
    const result = readOutsideAnswers(header, rows, questions);
    expect(result).toEqual({
      ok: true,
      responseCount: 3,
      scores: [
        { questionId: 'overall', label: 'Globalement, êtes-vous satisfait·e de cet événement ?', answers: 3, average: 4 },
        { questionId: null, label: 'Accueil', answers: 2, average: 4.5 },
      ],
      quotes: [{ text: 'Super journée', author: 'Awa' }],
      ignoredColumns: ['Horodateur', 'Structure'],
      warnings: ['1 citation n’est pas reprise : sans accord de son auteur·rice.'],
    });
  });

  it('keeps no quote without a consent column, and says so', () => {
    const result = readOutsideAnswers(['Note', 'Citation'], [{ line: 2, cells: ['4', 'Bien'] }], questions);
    expect(result.ok && result.quotes).toEqual([]);
    expect(result.ok && result.warnings[0]).toMatch(/Aucune colonne « Consentement »/);
  });

  it('reports every bad rating and unreadable consent, with its line', () => {
    const result = readOutsideAnswers(
      ['Note', 'Citation', 'Accord'],
      [
        { line: 2, cells: ['7', 'Bien', 'oui'] },
        { line: 3, cells: ['4', 'Moyen', 'peut-être'] },
        { line: 4, cells: ['bof', '', ''] },
      ],
      questions,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, message: 'Colonne « Note » : « 7 » n’est pas une note entière de 1 à 5.' },
        { line: 4, message: 'Colonne « Note » : « bof » n’est pas une note entière de 1 à 5.' },
        { line: 3, message: 'Accord de citer illisible (« peut-être ») : écrivez « oui » ou « non ».' },
      ],
    });
  });

  it('refuses a file without answers', () => {
    expect(readOutsideAnswers(['Note'], [], questions)).toEqual({ ok: false, problems: [{ line: 1, message: 'Ce fichier ne contient aucune réponse sous sa ligne d’en-tête.' }] });
  });
});

describe('readOutsideAnswers column roles', () => {
  it('ignores numbers that are never ratings (postcode, age), and reads a column with some ratings as ratings', () => {
    const result = readOutsideAnswers(
      ['Code postal', 'Âge', 'Note sur 10'],
      [
        { line: 2, cells: ['13001', '34', '4'] },
        { line: 3, cells: ['13002', '51', '8'] },
      ],
      questions,
    );
    expect(result).toEqual({ ok: false, problems: [{ line: 3, message: 'Colonne « Note sur 10 » : « 8 » n’est pas une note entière de 1 à 5.' }] });
    const ok = readOutsideAnswers(['Code postal', 'Accueil'], [{ line: 2, cells: ['13001', '4'] }], questions);
    expect(ok).toMatchObject({ ok: true, ignoredColumns: ['Code postal'], scores: [{ label: 'Accueil', answers: 1, average: 4 }] });
  });

  it('reads a column named after a question of Trame as ratings, even when none of its cells is one', () => {
    const label = questions[0]!.label;
    const result = readOutsideAnswers([label, 'Code postal'], [{ line: 2, cells: ['9', '13001'] }], questions);
    expect(result).toEqual({ ok: false, problems: [{ line: 2, message: `Colonne « ${label} » : « 9 » n’est pas une note entière de 1 à 5.` }] });
  });
});
