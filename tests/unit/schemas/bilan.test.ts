import { describe, expect, it } from 'vitest';
import { saveBilanTextsSchema, saveEvaluationFrameSchema, splitLines } from '@/lib/schemas/bilan';

const eventId = '5b7e4a52-9f0e-4c1a-8a57-0d2f9e1c3b4a';
const texts = {
  eventId,
  version: 2,
  introduction: '  Intro  ',
  analysis: '',
  keep: ' Le lieu \n\n  La démo\r\n',
  improve: '',
  consider: 'Un second jour',
  staffEventPeople: '6',
  staffEventHours: '',
  staffPrepPeople: ' 3 ',
  staffPrepDays: '0',
};

describe('bilan schemas', () => {
  it('turns the form strings into texts, lists and whole numbers', () => {
    expect(saveBilanTextsSchema.parse(texts)).toEqual({
      eventId,
      version: 2,
      data: {
        introduction: 'Intro',
        analysis: null,
        keep: ['Le lieu', 'La démo'],
        improve: [],
        consider: ['Un second jour'],
        staffEventPeople: 6,
        staffEventHours: null,
        staffPrepPeople: 3,
        staffPrepDays: 0,
        halfDaysOverride: null,
        halfDaysReason: null,
      },
    });
  });

  it('asks for a reason when the half-day figure is overridden, and keeps both', () => {
    const missing = saveBilanTextsSchema.safeParse({ ...texts, halfDaysOverride: '3' });
    expect(missing.error?.issues[0]?.path).toEqual(['halfDaysReason']);
    const parsed = saveBilanTextsSchema.parse({ ...texts, halfDaysOverride: '3', halfDaysReason: ' Visites le soir ' });
    expect(parsed.data).toMatchObject({ halfDaysOverride: 3, halfDaysReason: 'Visites le soir' });
    // A reason without a figure is dropped: the computed half-days stand.
    expect(saveBilanTextsSchema.parse({ ...texts, halfDaysReason: 'oublié' }).data).toMatchObject({ halfDaysOverride: null, halfDaysReason: null });
  });

  it.each([
    ['staffEventPeople', '2,5'],
    ['staffEventHours', '-1'],
    ['staffPrepDays', 'trois'],
    ['keep', Array.from({ length: 31 }, (_, i) => `ligne ${i}`).join('\n')],
    ['improve', 'x'.repeat(301)],
  ])('refuses %s = %s with a French message on that field', (field, value) => {
    const result = saveBilanTextsSchema.safeParse({ ...texts, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('keeps an empty frame answer as null', () => {
    const parsed = saveEvaluationFrameSchema.parse({ eventId, version: 0, why: ' Pourquoi ', who: '', how: '', what: '', review: '' });
    expect(parsed.data).toEqual({ evaluationWhy: 'Pourquoi', evaluationWho: null, evaluationHow: null, evaluationWhat: null, evaluationReview: null });
  });

  it('splits one item per line, blank lines dropped', () => {
    expect(splitLines('a\n\n b \r\nc')).toEqual(['a', 'b', 'c']);
  });
});
