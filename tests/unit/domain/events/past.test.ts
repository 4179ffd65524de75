import { describe, expect, it } from 'vitest';
import { parisWallClockToUtc } from '@/lib/domain/dates';
import {
  acceptsPublicRegistrations,
  defaultNotifyOnManualAdd,
  hasEventStarted,
  isEventOver,
  mayEmailRegistrants,
  registrationOpenOnPublish,
  relevantDateWarnings,
} from '@/lib/domain/events/past';
import type { EventDateWarningCode } from '@/lib/domain/events/warnings';

// Deux jours, le 10 et le 11 octobre 2024, 9:00 → 17:00 (heure de Paris).
const event = { startsAt: parisWallClockToUtc('2024-10-10', '09:00'), endsAt: parisWallClockToUtc('2024-10-11', '17:00') };
const at = (day: string, time: string) => parisWallClockToUtc(day, time);

describe('isEventOver / hasEventStarted', () => {
  it.each([
    ['la veille', at('2024-10-09', '12:00'), false, false],
    ['à l’heure du début', at('2024-10-10', '09:00'), true, false],
    ['le premier soir', at('2024-10-10', '20:00'), true, false],
    ['une minute avant la fin', at('2024-10-11', '16:59'), true, false],
    ['à l’heure de fin', at('2024-10-11', '17:00'), true, true],
    ['deux ans après', at('2026-12-05', '12:00'), true, true],
  ])('%s : commencé %s, passé %s', (_, now, started, over) => {
    expect(hasEventStarted(event, now)).toBe(started);
    expect(isEventOver(event, now)).toBe(over);
    expect(registrationOpenOnPublish(event, now)).toBe(!over);
    expect(mayEmailRegistrants(event, now)).toBe(!over);
    expect(defaultNotifyOnManualAdd(event, now)).toBe(!over);
  });
});

describe('acceptsPublicRegistrations', () => {
  const before = at('2024-10-01', '12:00');
  const after = at('2024-10-12', '12:00');
  it.each([
    ['publié, ouvert, à venir', 'PUBLISHED', true, before, true],
    ['publié, ouvert, passé', 'PUBLISHED', true, after, false],
    ['publié, fermé, à venir', 'PUBLISHED', false, before, false],
    ['brouillon', 'DRAFT', true, before, false],
    ['terminé', 'DONE', true, before, false],
  ])('%s → %s', (_, status, registrationOpen, now, expected) => {
    expect(acceptsPublicRegistrations({ ...event, status, registrationOpen }, now)).toBe(expected);
  });
});

describe('relevantDateWarnings', () => {
  const warnings: { code: EventDateWarningCode }[] = [{ code: 'general-assembly-season' }, { code: 'same-territory-event-nearby' }];
  it.each([
    ['avant le début : tous', at('2024-10-09', '12:00'), 2],
    ['pendant l’événement : aucun', at('2024-10-10', '12:00'), 0],
    ['après : aucun', at('2025-01-01', '12:00'), 0],
  ])('%s', (_, now, count) => {
    expect(relevantDateWarnings(warnings, event, now)).toHaveLength(count);
  });
});
