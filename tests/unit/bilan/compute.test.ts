import { describe, expect, it } from 'vitest';
import { computeBilan } from '@/lib/domain/bilan/compute';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import { D1, D2, at, buildInput, registration, session } from './build-input';

const TEXTS = {
  introduction: null,
  analysis: null,
  keep: [],
  improve: [],
  consider: [],
  evaluation: { why: null, who: null, how: null, what: null, review: null },
  staffEventPeople: null,
  staffEventHours: null,
  staffPrepPeople: null,
  staffPrepDays: null,
  halfDaysOverride: null,
  halfDaysReason: null,
};

describe('computeBilan — programme', () => {
  const sessions = [
    session({ id: 's1', title: 'Ouverture', formatId: 'pleniere', startsAt: at(D1, '09:00'), endsAt: at(D1, '09:30'), speakerIds: ['sp1'] }),
    session({ id: 's2', title: 'Atelier A', startsAt: at(D1, '10:00'), endsAt: at(D1, '11:30'), speakerIds: ['sp2'] }),
    session({ id: 'lunch', title: 'Déjeuner', formatId: 'dejeuner', startsAt: at(D1, '12:30'), endsAt: at(D1, '14:00') }),
    session({ id: 's3', title: 'Atelier B', startsAt: at(D1, '14:00'), endsAt: at(D1, '15:00'), speakerIds: ['sp3'] }),
    session({ id: 's4', title: 'Forum', formatId: null, customFormat: 'Forum ouvert', dayDate: D2, startsAt: at(D2, '09:00'), endsAt: at(D2, '11:00') }),
    session({
      id: 'cancelled',
      title: 'Démo annulée',
      formatId: 'demo',
      dayDate: D2,
      startsAt: at(D2, '11:00'),
      endsAt: at(D2, '12:00'),
      speakerIds: ['sp4'],
      cancelled: true,
      cancelReason: 'Intervenante malade',
    }),
  ];
  const speakers = [
    { id: 'sp1', name: 'Alice', scope: 'NATIONAL' as const, gender: 'FEMME' as const },
    { id: 'sp2', name: 'Bruno', scope: 'LOCAL' as const, gender: 'HOMME' as const },
    { id: 'sp3', name: 'Chloé', scope: 'LOCAL' as const, gender: null },
    { id: 'sp4', name: 'Dana', scope: 'LOCAL' as const, gender: 'FEMME' as const },
  ];
  const bilan = computeBilan(buildInput({ sessions, speakers }));

  it('lists the cancelled session with its reason and counts it apart', () => {
    expect(bilan.introduction.cancelledSessions).toEqual([{ title: 'Démo annulée', day: D2, reason: 'Intervenante malade' }]);
    expect(bilan.quantitative.sessionsHeld).toBe(3);
    expect(bilan.quantitative.sessionsCancelled).toBe(1);
    expect(bilan.quantitative.sessionsByFormat).toEqual([
      { formatId: 'atelier', formatLabel: 'Atelier', held: 2, cancelled: 0 },
      { formatId: 'autre:forum ouvert', formatLabel: 'Forum ouvert', held: 1, cancelled: 0 },
      { formatId: 'demo', formatLabel: expect.any(String), held: 0, cancelled: 1 },
    ]);
  });

  it('counts content minutes without the opening plenary, breaks nor cancelled sessions', () => {
    expect(bilan.quantitative.contentMinutes).toBe(90 + 60 + 120);
  });

  it('names the sessions held that the content figures leave out', () => {
    expect(bilan.quantitative.leftOutOfContent).toEqual([
      { title: 'Ouverture', day: D1, formatLabel: expect.any(String) },
      { title: 'Déjeuner', day: D1, formatLabel: expect.any(String) },
    ]);
  });

  it('counts a plenary the coordinator marked as content', () => {
    const marked = sessions.map((s) => (s.id === 's1' ? { ...s, countsAsContent: true } : s));
    const figures = computeBilan(buildInput({ sessions: marked, speakers }));
    expect(figures.quantitative.sessionsHeld).toBe(4);
    expect(figures.quantitative.contentMinutes).toBe(30 + 90 + 60 + 120);
    expect(figures.quantitative.leftOutOfContent?.map((s) => s.title)).toEqual(['Déjeuner']);
  });

  it('states the coordinator’s half-day figure and keeps the computed one beside it', () => {
    const texts = { ...TEXTS, halfDaysOverride: 4, halfDaysReason: ' Forum l’après-midi du 13 hors programme ' };
    const figures = computeBilan(buildInput({ sessions, speakers, texts }));
    expect(figures.quantitative).toMatchObject({ halfDays: 4, halfDaysComputed: 3, halfDaysOverrideReason: 'Forum l’après-midi du 13 hors programme' });
    expect(bilan.quantitative).toMatchObject({ halfDays: 3, halfDaysComputed: 3, halfDaysOverrideReason: null });
  });

  it('counts two half-days for a day with sessions before and after 13:00, one for a morning', () => {
    expect(bilan.quantitative.halfDays).toBe(3);
  });

  it('falls back on opening hours for a day without sessions', () => {
    expect(computeBilan(buildInput()).quantitative.halfDays).toBe(3);
  });

  it('counts speakers who spoke, local/national and parity among declared genders', () => {
    expect(bilan.quantitative.speakers).toEqual({ total: 3, local: 2, national: 1, women: 1, men: 1, otherOrUndeclared: 1, declared: 2, womenShare: 50 });
  });

  it('annexes the full programme per day, breaks and cancelled sessions included', () => {
    expect(bilan.annexes.programme.map((day) => [day.day, day.sessions.length])).toEqual([
      [D1, 4],
      [D2, 2],
    ]);
    expect(bilan.annexes.programme[0]?.sessions[0]).toMatchObject({ title: 'Ouverture', speakers: ['Alice'], room: 'Salle A', cancelled: false });
    expect(bilan.annexes.programme[1]?.sessions[1]).toMatchObject({ title: 'Démo annulée', cancelled: true });
  });

  it('has no parity share when nobody declared', () => {
    const figures = computeBilan(buildInput({ sessions: [session({ id: 'x', speakerIds: ['s'] })], speakers: [{ id: 's', name: 'S', scope: 'LOCAL', gender: null }] }));
    expect(figures.quantitative.speakers.womenShare).toBeNull();
  });
});

describe('computeBilan — participants', () => {
  const registrations = [
    registration({ id: 'a' }),
    registration({ id: 'b', days: [D1] }),
    registration({ id: 'c', audienceCategory: 'ELU' }),
    registration({ id: 'speaker', isSpeaker: true }),
    registration({ id: 'walk', isWalkIn: true }),
    registration({ id: 'cancelled', status: 'cancelled' }),
  ];
  const attendance = [
    { registrationId: 'a', day: D1, status: 'present' as const },
    { registrationId: 'a', day: D2, status: 'present' as const },
    { registrationId: 'b', day: D1, status: 'absent' as const },
    { registrationId: 'c', day: D1, status: 'present' as const },
    { registrationId: 'c', day: D2, status: 'excused' as const },
    { registrationId: 'speaker', day: D1, status: 'present' as const },
    { registrationId: 'walk', day: D2, status: 'present' as const },
  ];
  const bilan = computeBilan(
    buildInput({
      registrations,
      attendance,
      audiences: [
        { category: 'CONSEILLER_NUMERIQUE', territoryTotal: 20 },
        { category: 'ELU', territoryTotal: null },
      ],
    }),
  );
  const q = bilan.quantitative;

  it('excludes speakers and counts walk-ins among the present', () => {
    expect(q.participants).toEqual({ total: 3, registered: 3, walkIns: 1, objectiveMin: 4, objectiveMax: 10, objectiveReached: 75 });
  });

  it('computes no-show per day on the people expected that day', () => {
    expect(q.perDay).toEqual([
      { day: D1, expected: 3, present: 2, walkIns: 0, excused: 0, noShow: 1, noShowRate: 33.3 },
      { day: D2, expected: 2, present: 2, walkIns: 1, excused: 1, noShow: 0, noShowRate: 0 },
    ]);
  });

  it('gives the share of each target audience in the territory', () => {
    expect(q.audiences).toEqual([
      { category: 'CONSEILLER_NUMERIQUE', label: 'Conseiller·e numérique', present: 2, territoryTotal: 20, share: 10 },
      { category: 'ELU', label: 'Élu·e', present: 1, territoryTotal: null, share: null },
    ]);
  });

  it('has a null no-show rate when nobody was expected', () => {
    const empty = computeBilan(buildInput({ registrations: [registration({ id: 'w', isWalkIn: true })], attendance: [{ registrationId: 'w', day: D1, status: 'present' }] }));
    expect(empty.quantitative.perDay[0]).toMatchObject({ expected: 0, present: 1, walkIns: 1, noShowRate: null });
    expect(empty.quantitative.perDay[1]).toMatchObject({ expected: 0, present: 0, noShowRate: null });
  });

  it('has no objective rate without an objective', () => {
    const bilanWithout = computeBilan(buildInput({ event: { ...buildInput().event, participantMin: null } }));
    expect(bilanWithout.quantitative.participants.objectiveReached).toBeNull();
  });
});

describe('computeBilan — qualitative', () => {
  it('keeps a questionnaire without answers as is, and the written texts', () => {
    const summary: QuestionnaireSummary = { invited: 12, responses: 0, responseRate: 0, overallSatisfaction: null, questions: [], selectedVerbatims: [] };
    const evaluation = { why: 'Pourquoi', who: 'Qui', how: 'Comment', what: 'Quoi', review: null };
    const bilan = computeBilan(
      buildInput({
        questionnaire: summary,
        texts: {
          introduction: 'Intro',
          analysis: 'Analyse',
          keep: ['Le lieu'],
          improve: ['Le son'],
          consider: [],
          evaluation,
          staffEventPeople: 6,
          staffEventHours: 48,
          staffPrepPeople: 3,
          staffPrepDays: null,
          halfDaysOverride: null,
          halfDaysReason: null,
        },
      }),
    );
    expect(bilan.qualitative).toEqual({ questionnaire: summary, analysis: 'Analyse', keep: ['Le lieu'], improve: ['Le son'], consider: [], evaluation });
    expect(bilan.introduction.text).toBe('Intro');
    expect(bilan.quantitative.staff).toEqual({ eventPeople: 6, eventHours: 48, prepPeople: 3, prepDays: null });
  });

  it('has empty texts and no questionnaire before anything is written', () => {
    const bilan = computeBilan(buildInput());
    expect(bilan.qualitative.questionnaire).toBeNull();
    expect(bilan.qualitative.keep).toEqual([]);
    expect(bilan.quantitative.staff.eventPeople).toBeNull();
    expect(bilan.computedAt).toBe('2026-04-01T10:00:00.000Z');
  });
});
