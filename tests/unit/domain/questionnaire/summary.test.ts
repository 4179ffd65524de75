import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { averageOf, summarise, type SummaryResponse } from '@/lib/domain/questionnaire/summary';

const sessions = [
  { id: 's1', title: 'Atelier inclusion' },
  { id: 's2', title: 'Pause café' },
];
const context = { invited: 8, sessions, selectedVerbatims: ['Très utile.'] };

function response(answers: SummaryResponse['answers'], verbatim: string | null = null, verbatimConsent = false): SummaryResponse {
  return { answers, verbatim, verbatimConsent };
}

describe('averageOf', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[4, 5], 4.5],
    [[4, 4, 5], 4.3], // 4.333…
    [[4, 4, 4, 5], 4.3], // 4.25 → 4.3 (demi vers le haut)
    [[1, 2], 1.5],
    [[5, 5, 4], 4.7],
  ])('moyenne de %j = %s', (values, expected) => {
    expect(averageOf(values)).toBe(expected);
  });
});

describe('summarise', () => {
  it('sans aucune réponse : des null, jamais NaN', () => {
    const summary = summarise(DEFAULT_QUESTIONS, [], context);
    expect(summary.responses).toBe(0);
    expect(summary.responseRate).toBe(0);
    expect(summary.overallSatisfaction).toBeNull();
    const overall = summary.questions.find((q) => q.id === 'overall');
    expect(overall).toMatchObject({ kind: 'scale', answers: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    const again = summary.questions.find((q) => q.id === 'again');
    expect(again).toMatchObject({ kind: 'choice', answers: 0 });
    if (again?.kind === 'choice') expect(again.options.every((o) => o.percent === null && o.count === 0)).toBe(true);
    expect(JSON.stringify(summary)).not.toContain('NaN');
  });

  it('personne invité·e : taux de réponse null', () => {
    expect(summarise(DEFAULT_QUESTIONS, [], { ...context, invited: 0 }).responseRate).toBeNull();
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [1, 8, 12.5],
  ])('%i réponse(s) sur %i invité·es = %s %%', (answered, invited, rate) => {
    const responses = Array.from({ length: answered }, () => response({ overall: 4 }));
    expect(summarise(DEFAULT_QUESTIONS, responses, { ...context, invited }).responseRate).toBe(rate);
  });

  it('résume notes, répartitions, choix, textes et citations', () => {
    const summary = summarise(
      DEFAULT_QUESTIONS,
      [
        response({ overall: 5, content: 4, sessions: { s1: 5 }, again: 'Oui', keep: ' Les ateliers ', improve: '' }, 'Très utile.', true),
        response({ overall: 4, content: 4, sessions: { s1: 4 }, again: 'Oui' }, 'Bof', false),
        response({ overall: 2, again: 'Non', keep: 'Le lieu' }),
      ],
      context,
    );
    expect(summary.overallSatisfaction).toBe(3.7);
    expect(summary.questions.find((q) => q.id === 'overall')).toMatchObject({ answers: 3, distribution: [0, 1, 0, 1, 1] });
    expect(summary.questions.find((q) => q.id === 'organisation')).toMatchObject({ answers: 0, average: null });
    expect(summary.questions.find((q) => q.id === 'sessions')).toEqual({
      id: 'sessions',
      kind: 'session-scale',
      label: DEFAULT_QUESTIONS[3]!.label,
      // The break nobody rated is left out.
      sessions: [{ sessionId: 's1', title: 'Atelier inclusion', answers: 2, average: 4.5 }],
    });
    const again = summary.questions.find((q) => q.id === 'again');
    expect(again).toMatchObject({
      answers: 3,
      options: [
        { label: 'Oui', count: 2, percent: 66.7 },
        { label: 'Peut-être', count: 0, percent: 0 },
        { label: 'Non', count: 1, percent: 33.3 },
      ],
    });
    expect(summary.questions.find((q) => q.id === 'keep')).toMatchObject({ texts: ['Les ateliers', 'Le lieu'] });
    expect(summary.questions.find((q) => q.id === 'improve')).toMatchObject({ texts: [] });
    expect(summary.questions.find((q) => q.id === 'verbatim')).toMatchObject({ answers: 2, consented: 1 });
    expect(summary.selectedVerbatims).toEqual(['Très utile.']);
  });

  it('ignore les valeurs hors échelle ou hors options', () => {
    const summary = summarise(DEFAULT_QUESTIONS, [response({ overall: 7, again: 'Jamais' }), response({ overall: 3 })], context);
    expect(summary.questions.find((q) => q.id === 'overall')).toMatchObject({ answers: 1, average: 3 });
    expect(summary.questions.find((q) => q.id === 'again')).toMatchObject({ answers: 0 });
  });

  it('sans question « overall », pas de satisfaction globale', () => {
    const questions = DEFAULT_QUESTIONS.filter((q) => q.id !== 'overall');
    expect(summarise(questions, [response({ content: 5 })], context).overallSatisfaction).toBeNull();
  });
});
