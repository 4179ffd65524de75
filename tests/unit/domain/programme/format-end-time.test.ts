import { describe, expect, it } from 'vitest';
import { endTimeAfterFormatChange } from '@/lib/domain/programme/format-end-time';

describe('endTimeAfterFormatChange', () => {
  it.each([
    ['an empty end is filled', { endTime: '', filledByFormat: null }, '11:00', '11:00'],
    ['an end the previous format filled is replaced', { endTime: '11:00', filledByFormat: '11:00' }, '10:45', '10:45'],
    ['an end typed by the person is kept (10:00–11:15 + Masterclass)', { endTime: '11:15', filledByFormat: null }, '11:00', null],
    ['an end typed over a format’s end is kept', { endTime: '11:15', filledByFormat: '11:00' }, '12:00', null],
    ['nothing to propose (no day or start yet) keeps the end', { endTime: '', filledByFormat: null }, null, null],
  ] as const)('%s', (_case, state, proposed, expected) => {
    expect(endTimeAfterFormatChange(state, proposed)).toBe(expected);
  });
});
