import type { TemplateId as TaskTemplateId } from '../community/templates';
import { CO_CONSTRUCTION_PRACTICE } from '../formats/off-grid';
import type { FormatId } from '../formats/format-ids';
import type { AudienceCategory } from '../registrations/audience-categories';
import type { EventMode } from './mode';

/*
 * Modèles d'événement : ils pré-remplissent la fiche (durée, publics, thèmes, hashtag, jauge)
 * et décrivent, en données, la forme type d'un programme (salles, sessions, formats, horaires
 * relatifs à l'ouverture de la journée) que le constructeur de programme peut reprendre.
 * Sources : vadémécum RéZolutions numériques (Le Mouvement associatif, 2021), pratiques des
 * ateliers de co-construction Cap'Com (2018-2019), webinaire « Comment organiser un événement
 * dédié au numérique d'intérêt général ? » pour la rencontre locale. Les horaires et jauges
 * globales sont des choix de Trame : les sources n'en donnent pas.
 */

export const EVENT_TEMPLATE_IDS = ['rezolutions', 'nec-local', 'atelier-coconstruction'] as const;
export type EventTemplateId = (typeof EVENT_TEMPLATE_IDS)[number];

export type TemplateRoom = { readonly name: string; readonly capacity: number | null };

export type TemplateSession = {
  readonly title: string;
  readonly formatId: FormatId;
  /** Minutes après l'ouverture de la journée. */
  readonly startMinutes: number;
  readonly durationMinutes: number;
  /** Indice dans `rooms`. */
  readonly room: number;
  /** Un temps commun à toutes les salles (accueil, plénière, pause). */
  readonly allRooms: boolean;
  /** Personnes qui animent la session (binôme de co-pilotes d'un atelier Cap'Com). */
  readonly hosts: number;
};

export type TemplateDefaults = {
  readonly dayCount: number;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly mode: EventMode;
  readonly hashtag: string;
  readonly themes: readonly string[];
  readonly audiences: readonly AudienceCategory[];
  readonly participantMin: number;
  readonly participantMax: number;
  readonly description: string;
};

export type EventTemplate = {
  readonly id: EventTemplateId;
  readonly name: string;
  readonly summary: string;
  readonly source: string;
  readonly defaults: TemplateDefaults;
  readonly programme: { readonly rooms: readonly TemplateRoom[]; readonly days: readonly (readonly TemplateSession[])[] };
  /** Le modèle de tâches J-x qui lui correspond (lib/domain/community/templates), s'il y en a un. */
  readonly taskTemplate: TaskTemplateId | null;
};

type SessionOptions = { readonly room?: number; readonly all?: boolean; readonly hosts?: number };

/** Une session : `from` et `to` en minutes après l'ouverture ; salle 0 par défaut, temps commun si `all`. */
function session(title: string, formatId: FormatId, from: number, to: number, options: SessionOptions = {}): TemplateSession {
  const { room = 0, all = false, hosts = 1 } = options;
  return { title, formatId, startMinutes: from, durationMinutes: to - from, room, allRooms: all, hosts };
}

const COMMON = { all: true } as const;
const ATELIERS = 4;

export const EVENT_TEMPLATES = {
  rezolutions: {
    id: 'rezolutions',
    name: 'Rencontre RéZolutions numériques',
    summary: 'Une journée pour accompagner les responsables associatifs du territoire dans leur transition numérique.',
    source: 'Vadémécum RéZolutions numériques — Le Mouvement associatif, 2021',
    defaults: {
      dayCount: 1,
      opensAt: '09:00',
      closesAt: '17:30',
      mode: 'PRESENTIEL',
      hashtag: '#ReZoNum',
      themes: ['Transition numérique des associations', 'Mobiliser des bénévoles', 'Collaborer à distance'],
      audiences: ['ASSOCIATION', 'BENEVOLE'],
      participantMin: 50,
      participantMax: 100,
      description:
        "Une rencontre ouverte à toutes et tous, portée avec le Mouvement associatif régional : des apports théoriques pour lancer la journée, puis des apports pratiques (retours d'expériences, outils, zooms thématiques) animés par des acteurs du territoire.",
    },
    programme: {
      rooms: [
        { name: 'Plénière', capacity: null },
        // Salle A reçoit le retex (jusqu'à 30 personnes d'après le webinaire).
        { name: 'Salle A', capacity: 30 },
        { name: 'Salle B', capacity: 20 },
      ],
      days: [
        [
          session('Accueil café', 'pause', 0, 30, COMMON),
          session('Ouverture : état des lieux de la transition numérique des associations', 'pleniere', 30, 90, COMMON),
          session('Table ronde : freins et leviers pour les associations', 'table-ronde', 90, 150, COMMON),
          session("Retours d'expériences associatives", 'retex', 150, 210, { room: 1 }),
          session("Présentations d'outils", 'demo', 150, 180, { room: 2 }),
          session('Déjeuner', 'dejeuner', 210, 300, COMMON),
          session('Zoom : mobiliser des bénévoles', 'atelier', 300, 390, { room: 1 }),
          session('Zoom : communiquer sur les réseaux sociaux', 'atelier', 300, 390, { room: 2 }),
          session('Pause', 'pause', 390, 420, COMMON),
          session('Restitution des ateliers', 'pleniere', 420, 450, COMMON),
          session('Clôture et suites de la rencontre', 'cloture', 450, 470, COMMON),
        ],
      ],
    },
    taskTemplate: 'rezolutions',
  },
  'nec-local': {
    id: 'nec-local',
    name: 'Rencontre NEC locale',
    summary: 'Une journée « Numérique en Commun[s] » sur le territoire, pour que les acteurs de l’inclusion numérique se rencontrent.',
    source: 'Webinaire « Comment organiser un événement dédié au numérique d’intérêt général ? » — LE BOUQUET',
    defaults: {
      dayCount: 1,
      opensAt: '09:00',
      closesAt: '17:30',
      mode: 'PRESENTIEL',
      hashtag: '',
      themes: ['Inclusion numérique', 'Médiation numérique'],
      audiences: ['CONSEILLER_NUMERIQUE', 'MEDIATEUR', 'AGENT_COLLECTIVITE', 'ELU', 'ASSOCIATION'],
      participantMin: 40,
      participantMax: 80,
      description:
        "Une rencontre locale des acteurs de l'inclusion numérique : pitchs d'initiatives du territoire, démonstrations de ressources et ateliers pour se connaître et agir ensemble.",
    },
    programme: {
      rooms: [
        { name: 'Plénière', capacity: null },
        { name: 'Salle 1', capacity: 20 },
        { name: 'Salle 2', capacity: 20 },
      ],
      days: [
        [
          session('Accueil', 'pause', 0, 30, COMMON),
          session('Ouverture de la rencontre', 'pleniere', 30, 75, COMMON),
          session('Pitchs : initiatives du territoire', 'pitch', 75, 120, COMMON),
          session('Démo : une ressource pour les aidants numériques', 'demo', 135, 165, { room: 1 }),
          session('Démo : un outil de prise de rendez-vous', 'demo', 135, 165, { room: 2 }),
          session('Déjeuner', 'dejeuner', 210, 300, COMMON),
          session('Atelier : cartographier les lieux de médiation', 'atelier', 300, 390, { room: 1 }),
          session('Atelier : orienter les publics entre structures', 'atelier', 300, 390, { room: 2 }),
          session('Clôture et prochaines étapes', 'cloture', 420, 440, COMMON),
        ],
      ],
    },
    taskTemplate: 'nec-local',
  },
  'atelier-coconstruction': {
    id: 'atelier-coconstruction',
    name: 'Ateliers de co-construction',
    summary: `Une demi-journée d’intelligence collective : ${ATELIERS} ateliers d’une dizaine de participants, chacun animé par un binôme de co-pilotes.`,
    source: 'Ateliers de co-construction des Rencontres Cap’Com (2018, 2019)',
    defaults: {
      dayCount: 1,
      opensAt: '09:00',
      closesAt: '12:30',
      mode: 'PRESENTIEL',
      hashtag: '',
      themes: ['Intelligence collective', 'Co-construction'],
      audiences: ['AGENT_COLLECTIVITE', 'MEDIATEUR', 'ASSOCIATION'],
      participantMin: ATELIERS * (CO_CONSTRUCTION_PRACTICE.participants - 2),
      participantMax: ATELIERS * CO_CONSTRUCTION_PRACTICE.participants,
      description:
        "Des ateliers courts pour produire ensemble des pistes concrètes, d'égal à égal. Chaque atelier a une mission et un livrable ; ses participants font un travail de réflexion en amont, coordonné par le binôme de co-pilotes. Places attribuées aux premiers arrivés.",
    },
    programme: {
      rooms: [
        { name: 'Plénière', capacity: null },
        ...Array.from({ length: ATELIERS }, (_, index) => ({ name: `Atelier ${index + 1}`, capacity: CO_CONSTRUCTION_PRACTICE.participants })),
      ],
      days: [
        [
          session('Lancement : les missions des ateliers', 'pleniere', 0, 30, COMMON),
          ...Array.from({ length: ATELIERS }, (_, index) =>
            session(`Atelier ${index + 1} : mission à définir`, 'atelier-coconstruction', 30, 90, {
              room: index + 1,
              hosts: CO_CONSTRUCTION_PRACTICE.coPilots,
            }),
          ),
          session('Pause', 'pause', 90, 110, COMMON),
          session('Restitution croisée des productions', 'pleniere', 110, 170, COMMON),
          session('Clôture : le livrable commun et la suite', 'cloture', 170, 190, COMMON),
        ],
      ],
    },
    taskTemplate: null,
  },
} as const satisfies { readonly [Id in EventTemplateId]: EventTemplate & { readonly id: Id } };

export function isEventTemplateId(value: unknown): value is EventTemplateId {
  return typeof value === 'string' && Object.hasOwn(EVENT_TEMPLATES, value);
}

export function getEventTemplate(id: EventTemplateId): EventTemplate {
  return EVENT_TEMPLATES[id];
}

export function listEventTemplates(): readonly EventTemplate[] {
  return EVENT_TEMPLATE_IDS.map(getEventTemplate);
}

export type PlacedTemplateSession = TemplateSession & { readonly dayIndex: number; readonly startsAt: Date; readonly endsAt: Date };

/**
 * Les sessions du modèle posées sur des journées réelles : chaque horaire relatif s'ajoute à
 * l'ouverture de sa journée. Les journées en trop du modèle sont ignorées.
 */
export function placeTemplateSessions(template: EventTemplate, days: readonly { readonly startsAt: Date }[]): PlacedTemplateSession[] {
  return template.programme.days.flatMap((sessions, dayIndex) => {
    const day = days[dayIndex];
    if (!day) return [];
    return sessions.map((s) => ({
      ...s,
      dayIndex,
      startsAt: new Date(day.startsAt.getTime() + s.startMinutes * 60_000),
      endsAt: new Date(day.startsAt.getTime() + (s.startMinutes + s.durationMinutes) * 60_000),
    }));
  });
}
