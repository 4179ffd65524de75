import { describe, expect, it } from 'vitest';
import { encodeAnswers, parseAnswersParam, parsePendingAnswers } from '@/lib/domain/diagnostic/anonymous';

describe('anonymous diagnostic answers in the address', () => {
  it('round-trips the three answers in criteria order', () => {
    const answers = { ecosystem: 2, events: 1, engagement: 3 } as const;
    expect(encodeAnswers(answers)).toBe('2-1-3');
    expect(parseAnswersParam('2-1-3')).toEqual(answers);
  });

  it.each([undefined, '', '2-1', '2-1-4', '0-1-2', '2-1-3-1', ' 2-1-3', '2-1-3\n', 'a-b-c', ['2-1-3', '1-1-1'], 213])(
    'refuses %j',
    (value) => {
      expect(parseAnswersParam(value)).toBeNull();
    },
  );
});

describe('answers kept on an organisation', () => {
  it('keeps only three valid answers', () => {
    expect(parsePendingAnswers({ ecosystem: 1, events: 2, engagement: 3 })).toEqual({ ecosystem: 1, events: 2, engagement: 3 });
    expect(parsePendingAnswers({ ecosystem: 1, events: 2, engagement: 3, computedLevel: 3 })).toEqual({ ecosystem: 1, events: 2, engagement: 3 });
  });
  it.each([null, undefined, 'x', [], { ecosystem: 1, events: 2 }, { ecosystem: 1, events: 2, engagement: 7 }, { ecosystem: '1', events: 2, engagement: 3 }])(
    'ignores %j',
    (value) => {
      expect(parsePendingAnswers(value)).toBeNull();
    },
  );
});
