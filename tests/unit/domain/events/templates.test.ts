import { describe, expect, it } from 'vitest';
import { TEMPLATES as TASK_TEMPLATES } from '@/lib/domain/community/templates';
import {
  EVENT_TEMPLATE_IDS,
  getEventTemplate,
  isEventTemplateId,
  listEventTemplates,
  placeTemplateSessions,
} from '@/lib/domain/events/templates';
import { getFormat, isFormatId } from '@/lib/domain/formats';
import { findProgrammeConflicts } from '@/lib/domain/programme/conflicts';
import { formatTime, parisWallClockToUtc } from '@/lib/domain/dates';
import { formatDefaults } from '@/lib/domain/programme/session-defaults';
import { AUDIENCE_CATEGORIES } from '@/lib/domain/registrations/audience-categories';
import { createEventSchema } from '@/lib/schemas/event';
import { buildEventInput } from '@/tests/factories/events';

const templates = listEventTemplates();

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

describe('event templates', () => {
  it('lists the three templates of the issue', () => {
    expect(templates.map((t) => t.id)).toEqual(['rezolutions', 'nec-local', 'atelier-coconstruction']);
    expect(EVENT_TEMPLATE_IDS.every(isEventTemplateId)).toBe(true);
    expect(isEventTemplateId('inconnu')).toBe(false);
    expect(isEventTemplateId('toString')).toBe(false);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: every session format exists in the catalogue', (_id, template) => {
    for (const session of template.programme.days.flat()) {
      expect(isFormatId(session.formatId), session.title).toBe(true);
    }
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: sessions fit the day and name a room of the template', (_id, template) => {
    const { opensAt, closesAt, dayCount } = template.defaults;
    expect(template.programme.days.length).toBeLessThanOrEqual(dayCount);
    for (const session of template.programme.days.flat()) {
      expect(session.durationMinutes, session.title).toBeGreaterThan(0);
      expect(session.startMinutes + session.durationMinutes, session.title).toBeLessThanOrEqual(minutes(closesAt) - minutes(opensAt));
      expect(template.programme.rooms[session.room], session.title).toBeDefined();
    }
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: placed on real days, the programme has no blocking conflict', (_id, template) => {
    const days = Array.from({ length: template.defaults.dayCount }, (_, i) => {
      const date = `2027-10-${String(12 + i).padStart(2, '0')}`;
      const { opensAt, closesAt } = template.defaults;
      return { id: `d${i}`, date, startsAt: parisWallClockToUtc(date, opensAt), endsAt: parisWallClockToUtc(date, closesAt) };
    });
    const rooms = template.programme.rooms.map((room, i) => ({ id: `r${i}`, ...room }));
    const sessions = placeTemplateSessions(template, days).map((s, i) => ({
      id: `s${i}`,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roomId: `r${s.room}`,
      capacity: formatDefaults(s.formatId, null).capacity,
      formatId: s.formatId,
      status: 'planned' as const,
      allRooms: s.allRooms,
      speakerIds: [],
    }));
    const blocking = findProgrammeConflicts({ event: { days, level: null }, rooms, sessions }).filter((c) => c.severity === 'block');
    expect(blocking).toEqual([]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: its defaults pass the event form schema', (_id, template) => {
    const { defaults } = template;
    expect(defaults.audiences.every((a) => AUDIENCE_CATEGORIES.includes(a))).toBe(true);
    const values = {
      ...buildEventInput(),
      title: template.name,
      firstDay: '2027-10-12',
      days: Array.from({ length: defaults.dayCount }, () => ({ opensAt: defaults.opensAt, closesAt: defaults.closesAt })),
      mode: defaults.mode,
      hashtag: defaults.hashtag,
      themes: defaults.themes.join(', '),
      audiences: defaults.audiences.map((category) => ({ category, territoryTotal: null })),
      participantMin: defaults.participantMin,
      participantMax: defaults.participantMax,
      description: defaults.description,
    };
    expect(createEventSchema.safeParse(values).error).toBeUndefined();
    if (template.taskTemplate) expect(Object.hasOwn(TASK_TEMPLATES, template.taskTemplate)).toBe(true);
  });

  it('RéZolutions: one day, #ReZoNum, associations and volunteers', () => {
    const { defaults } = getEventTemplate('rezolutions');
    expect(defaults).toMatchObject({ dayCount: 1, hashtag: '#ReZoNum', audiences: ['ASSOCIATION', 'BENEVOLE'] });
  });

  it('co-construction: about ten people per atelier, each led by a pair of co-pilots', () => {
    const template = getEventTemplate('atelier-coconstruction');
    const ateliers = template.programme.days.flat().filter((s) => s.formatId === 'atelier-coconstruction');
    expect(ateliers.length).toBeGreaterThan(1);
    for (const atelier of ateliers) {
      expect(atelier.hosts).toBe(2);
      expect(template.programme.rooms[atelier.room]?.capacity).toBe(10);
      expect(getFormat(atelier.formatId).audienceLimit).toEqual({ max: 10 });
    }
    expect(template.defaults.participantMax).toBe(ateliers.length * 10);
  });

  it('places relative times on the day’s opening, Paris time, and ignores days the event lacks', () => {
    const template = getEventTemplate('rezolutions');
    const placed = placeTemplateSessions(template, [{ startsAt: parisWallClockToUtc('2027-07-08', '09:00') }]);
    expect(placed[0]).toMatchObject({ title: 'Accueil café', dayIndex: 0 });
    expect([formatTime(placed[0]!.startsAt), formatTime(placed[0]!.endsAt)]).toEqual(['09:00', '09:30']);
    expect(placed[0]!.startsAt.toISOString()).toBe('2027-07-08T07:00:00.000Z');
    expect(placeTemplateSessions(template, [])).toEqual([]);
  });
});
