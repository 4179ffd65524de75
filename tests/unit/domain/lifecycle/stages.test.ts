import { describe, expect, it } from 'vitest';

import {
  eventTiming,
  lifecycle,
  lifecycleStages,
  nextActions,
  taskProvenDone,
  type LifecycleFacts,
  type StageStatus,
} from '@/lib/domain/lifecycle/stages';

const NEW_EVENT: LifecycleFacts = {
  hasDiagnostic: false,
  sessionCount: 0,
  speakerCount: 0,
  budgetLineCount: 0,
  published: false,
  registrationOpen: true,
  registrationCount: 0,
  firstDay: '2027-03-10',
  lastDay: '2027-03-11',
  attendanceRecorded: false,
  questionnaireSent: false,
  bilanValidated: false,
};
const BEFORE = '2027-02-01';
const DURING = '2027-03-11';
const AFTER = '2027-03-20';

const statuses = (facts: LifecycleFacts, today: string): StageStatus[] => lifecycleStages(facts, today).map((s) => s.status);

describe('eventTiming', () => {
  it.each([
    ['2027-03-09', 'before'],
    ['2027-03-10', 'during'],
    ['2027-03-11', 'during'],
    ['2027-03-12', 'after'],
  ] as const)('le %s, l’événement est %s', (today, timing) => {
    expect(eventTiming(NEW_EVENT, today)).toBe(timing);
  });
});

describe('lifecycleStages', () => {
  it.each<[string, Partial<LifecycleFacts>, string, StageStatus[]]>([
    ['un événement neuf commence par le diagnostic', {}, BEFORE, ['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']],
    ['diagnostic fait : on prépare', { hasDiagnostic: true }, BEFORE, ['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']],
    [
      'des séances sans budget : la préparation n’est pas finie',
      { hasDiagnostic: true, sessionCount: 3 },
      BEFORE,
      ['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming'],
    ],
    [
      'programme et budget : on publie',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2 },
      BEFORE,
      ['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming'],
    ],
    [
      'publié sans diagnostic : le diagnostic reste l’étape en cours',
      { sessionCount: 3, budgetLineCount: 2, published: true },
      BEFORE,
      ['current', 'done', 'done', 'upcoming', 'upcoming', 'upcoming'],
    ],
    [
      'publié : on attend le jour J',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true },
      BEFORE,
      ['done', 'done', 'done', 'current', 'upcoming', 'upcoming'],
    ],
    [
      'le jour J, ce qui n’a pas été fait avant est passé',
      { sessionCount: 3 },
      DURING,
      ['missed', 'missed', 'missed', 'current', 'upcoming', 'upcoming'],
    ],
    [
      'le jour J, même pointé, on accueille encore',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true, attendanceRecorded: true },
      DURING,
      ['done', 'done', 'done', 'current', 'upcoming', 'upcoming'],
    ],
    [
      'après, sans présences pointées : on pointe',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true },
      AFTER,
      ['done', 'done', 'done', 'current', 'upcoming', 'upcoming'],
    ],
    [
      'après, présences pointées : on évalue',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true, attendanceRecorded: true },
      AFTER,
      ['done', 'done', 'done', 'done', 'current', 'upcoming'],
    ],
    [
      'questionnaire envoyé : on rend compte',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true, attendanceRecorded: true, questionnaireSent: true },
      AFTER,
      ['done', 'done', 'done', 'done', 'done', 'current'],
    ],
    [
      'bilan validé sans questionnaire : l’évaluation est passée',
      { hasDiagnostic: true, sessionCount: 3, budgetLineCount: 2, published: true, attendanceRecorded: true, bilanValidated: true },
      AFTER,
      ['done', 'done', 'done', 'done', 'missed', 'done'],
    ],
  ])('%s', (_, facts, today, expected) => {
    expect(statuses({ ...NEW_EVENT, ...facts }, today)).toEqual(expected);
  });

  it('nomme les six étapes dans l’ordre', () => {
    expect(lifecycleStages(NEW_EVENT, BEFORE).map((s) => s.label)).toEqual([
      'Diagnostiquer',
      'Préparer',
      'Publier',
      'Accueillir',
      'Évaluer',
      'Rendre compte',
    ]);
  });

  it('tout fait : aucune étape en cours', () => {
    const all = { ...NEW_EVENT, hasDiagnostic: true, sessionCount: 1, budgetLineCount: 1, published: true, attendanceRecorded: true, questionnaireSent: true, bilanValidated: true };
    expect(lifecycle(all, AFTER, 'e1').current).toBeNull();
  });
});

describe('nextActions', () => {
  it.each<[string, Partial<LifecycleFacts>, string, string[]]>([
    ['événement neuf', {}, BEFORE, ['diagnostic', 'programme', 'budget']],
    ['diagnostic et programme faits', { hasDiagnostic: true, sessionCount: 2 }, BEFORE, ['budget', 'publier', 'taches']],
    ['publié, inscriptions fermées', { hasDiagnostic: true, sessionCount: 2, budgetLineCount: 1, published: true, registrationOpen: false }, BEFORE, ['ouvrir-inscriptions', 'taches']],
    ['publié, inscriptions ouvertes', { hasDiagnostic: true, sessionCount: 2, budgetLineCount: 1, published: true }, BEFORE, ['suivre-inscriptions', 'taches']],
    ['le jour J', {}, DURING, ['pointer']],
    ['après, rien de pointé', {}, AFTER, ['pointer', 'bilan']],
    ['après, présences pointées', { attendanceRecorded: true }, AFTER, ['questionnaire', 'bilan']],
    ['après, questionnaire envoyé', { attendanceRecorded: true, questionnaireSent: true }, AFTER, ['bilan']],
    ['tout est fait', { attendanceRecorded: true, questionnaireSent: true, bilanValidated: true }, AFTER, []],
  ])('%s', (_, facts, today, keys) => {
    expect(nextActions({ ...NEW_EVENT, ...facts }, today, 'e1').map((a) => a.key)).toEqual(keys);
  });

  it('donne au plus trois actions, avec le lien vers la page de l’événement', () => {
    expect(nextActions(NEW_EVENT, BEFORE, 'abc')).toEqual([
      { key: 'diagnostic', stage: 'DIAGNOSTIQUER', label: 'Faire le diagnostic du territoire', href: '/diagnostic' },
      { key: 'programme', stage: 'PREPARER', label: 'Construire le programme', href: '/evenements/abc/programme' },
      { key: 'budget', stage: 'PREPARER', label: 'Chiffrer le budget', href: '/evenements/abc/budget' },
    ]);
  });
});

describe('taskProvenDone', () => {
  it.each<[string | null, Partial<LifecycleFacts>, string | null]>([
    ['programme-contenus', {}, null],
    ['programme-contenus', { sessionCount: 1 }, 'Le programme compte 1 séance.'],
    ['programme-contenus', { sessionCount: 4 }, 'Le programme compte 4 séances.'],
    ['inviter-intervenants', { speakerCount: 2 }, '2 intervenant·es inscrit·es au programme.'],
    ['ouvrir-inscriptions', { published: true, registrationOpen: true }, 'Les inscriptions sont ouvertes sur la page publique.'],
    ['ouvrir-inscriptions', { published: true, registrationOpen: false }, null],
    ['ouvrir-inscriptions', { published: false, registrationOpen: true }, null],
    ['questionnaire-satisfaction', { questionnaireSent: true }, 'Le questionnaire de satisfaction a été envoyé.'],
    ['bilan-partage', { bilanValidated: true }, 'Le bilan a été validé.'],
    ['reserver-salle', { sessionCount: 4, published: true }, null],
    [null, { sessionCount: 4 }, null],
    ['toString', {}, null],
  ])('%s avec %o → %s', (key, facts, note) => {
    expect(taskProvenDone(key, { ...NEW_EVENT, ...facts })).toBe(note);
  });
});
