import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { answerFormSchema, editQuestionsSchema, editScheduleSchema } from '@/lib/schemas/questionnaire';

const eventId = '5b0f7c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
const defaults = DEFAULT_QUESTIONS.map((q) => ({ id: q.id, kind: q.kind, label: q.label, required: q.required, options: q.kind === 'choice' ? q.options.join('\n') : '' }));

describe('editQuestionsSchema', () => {
  it('accepte les questions par défaut réordonnées et une question ajoutée', () => {
    const questions = [...defaults.reverse(), { id: '', kind: 'choice' as const, label: 'Comment nous avez-vous connu ?', required: false, options: 'Presse\nRéseaux\n\nPresse' }];
    expect(editQuestionsSchema.safeParse({ eventId, version: 1, questions }).success).toBe(true);
  });
  it('refuse de retirer une question par défaut', () => {
    const result = editQuestionsSchema.safeParse({ eventId, version: 1, questions: defaults.filter((q) => q.id !== 'overall') });
    expect(result.error?.issues[0]?.message).toBe('Les questions par défaut ne peuvent pas être retirées.');
  });
  it('refuse un choix à une seule réponse, une seconde citation et un intitulé vide', () => {
    const result = editQuestionsSchema.safeParse({
      eventId,
      version: 1,
      questions: [
        ...defaults,
        { id: '', kind: 'choice', label: 'Une seule ?', options: 'Oui' },
        { id: '', kind: 'verbatim', label: 'Encore une citation' },
        { id: '', kind: 'text', label: ' ' },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['questions.10.label', 'questions.8.options', 'questions.9.kind']);
  });
});

describe('editScheduleSchema', () => {
  it('dates vides = pas de relance ni de clôture', () => {
    expect(editScheduleSchema.parse({ eventId, version: 2, sendOn: '2027-02-22', reminderOn: '', closesOn: '' })).toMatchObject({ reminderOn: null, closesOn: null });
  });
  it('place l’erreur d’ordre sous la relance', () => {
    const result = editScheduleSchema.safeParse({ eventId, version: 2, sendOn: '2027-02-22', reminderOn: '2027-02-21', closesOn: '' });
    expect(result.error?.issues[0]?.path).toEqual(['reminderOn']);
  });
});

describe('answerFormSchema', () => {
  const schema = answerFormSchema(DEFAULT_QUESTIONS, ['s1']);
  const token = 'x'.repeat(43);
  it('place les erreurs sous chaque champ', () => {
    const result = schema.safeParse({ token, answers: { overall: '9', sessions: { s1: '0' } }, verbatim: '', verbatimConsent: false });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['answers.overall', 'answers.content', 'answers.organisation', 'answers.sessions.s1', 'answers.again']);
  });
  it('accepte des réponses complètes', () => {
    expect(schema.safeParse({ token, answers: { overall: '5', content: '5', organisation: '4', again: 'Non' }, verbatim: null, verbatimConsent: false }).success).toBe(true);
  });
});
