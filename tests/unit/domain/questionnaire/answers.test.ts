import { describe, expect, it } from 'vitest';
import { validateAnswers } from '@/lib/domain/questionnaire/answers';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import type { Question } from '@/lib/domain/questionnaire/types';

const complete = { overall: '5', content: 4, organisation: '3', again: 'Oui' };

describe('validateAnswers', () => {
  it('accepte un jeu complet et convertit les notes', () => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, sessions: { s1: '4', s2: '' }, keep: '  Le lieu ', improve: '' }, verbatim: ' Super ', verbatimConsent: true }, ['s1', 's2']);
    expect(result).toEqual({
      ok: true,
      value: {
        answers: { overall: 5, content: 4, organisation: 3, sessions: { s1: 4 }, again: 'Oui', keep: 'Le lieu' },
        verbatim: 'Super',
        verbatimConsent: true,
      },
    });
  });

  it('exige les questions obligatoires', () => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { overall: '5' } }, []);
    expect(result).toEqual({
      ok: false,
      errors: { content: 'Merci de répondre à cette question.', organisation: 'Merci de répondre à cette question.', again: 'Merci de répondre à cette question.' },
    });
  });

  it.each([['0'], ['6'], ['4.5'], ['abc'], [7]])('refuse la note %j', (rating) => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, overall: rating } }, []);
    expect(result).toEqual({ ok: false, errors: { overall: 'Choisissez une note de 1 à 5.' } });
  });

  it('refuse un choix hors des options', () => {
    expect(validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, again: 'Jamais' } }, [])).toEqual({
      ok: false,
      errors: { again: 'Choisissez une des réponses proposées.' },
    });
  });

  it('refuse de noter un temps que la personne n’a pas suivi', () => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, sessions: { s1: 4, other: 5 } } }, ['s1']);
    expect(result).toEqual({ ok: false, errors: { 'sessions.other': 'Ce temps ne fait pas partie de votre participation.' } });
  });

  it('une question de temps obligatoire demande une note par temps suivi', () => {
    const questions: Question[] = [{ id: 'sessions', kind: 'session-scale', label: 'Temps', required: true }];
    expect(validateAnswers(questions, { answers: { sessions: { s1: 4 } } }, ['s1', 's2'])).toEqual({
      ok: false,
      errors: { 'sessions.s2': 'Merci de répondre à cette question.' },
    });
  });

  it('ignore l’accord sans citation, et les réponses à des questions inconnues', () => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, hack: 'x' }, verbatim: '   ', verbatimConsent: true }, []);
    expect(result).toMatchObject({ ok: true, value: { verbatim: null, verbatimConsent: false } });
    if (result.ok) expect(result.value.answers).not.toHaveProperty('hack');
  });

  it('refuse un texte trop long', () => {
    const result = validateAnswers(DEFAULT_QUESTIONS, { answers: { ...complete, keep: 'a'.repeat(2001) } }, []);
    expect(result).toEqual({ ok: false, errors: { keep: 'Votre réponse dépasse 2000 caractères.' } });
  });
});
