import type { OffGridFormatId } from './format-ids';
import type { OffGridFormatRow } from './types';

/*
 * Les autres temps d'un programme, hors de la grille de recommandation : le diagnostic ne
 * les propose jamais, mais un programme peut les contenir. Les durées types sont des choix
 * de Trame, justifiés ligne à ligne ; l'atelier de co-construction reprend les pratiques
 * des Rencontres Cap'Com 2018 et 2019 (voir CAPCOM_SOURCE_CREDIT).
 */
export const OFF_GRID_FORMATS = {
  pleniere: {
    id: 'pleniere',
    name: 'Plénière',
    inGrid: false,
    purpose: "Réunir l'ensemble des participants pour un temps commun.",
    description: "Un temps en grande salle (ouverture, apports partagés, synthèse) qui rassemble tout le public de l'événement.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'La salle plénière, assez grande pour tout le public, avec scène, micros, écran et sonorisation.',
    valorisation: [],
    valorisationDetails: null,
    humanResources: 'Une personne qui anime ou modère, et les intervenant·es.',
    // 60 min : une ouverture institutionnelle suivie d'une intervention de cadrage.
    typicalDurationMinutes: 60,
    tips: [],
    source: null,
  },
  'table-ronde': {
    id: 'table-ronde',
    name: 'Table ronde',
    inGrid: false,
    purpose: 'Croiser les regards de plusieurs intervenant·es sur une même question.',
    description: "Un échange modéré entre plusieurs intervenant·es aux points de vue complémentaires, ouvert ensuite aux questions de la salle.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'Une scène avec table ou fauteuils, un micro par intervenant·e et un micro pour la salle.',
    valorisation: [],
    valorisationDetails: null,
    humanResources: 'Une personne qui modère et trois à cinq intervenant·es.',
    // 60 min : une dizaine de minutes de parole par intervenant·e, puis les questions de la salle.
    typicalDurationMinutes: 60,
    tips: [],
    source: null,
  },
  presentation: {
    id: 'presentation',
    name: 'Présentation',
    inGrid: false,
    purpose: 'Présenter un sujet, un projet ou une structure.',
    description: "Une intervention d'une ou deux personnes qui ne relève d'aucun format du catalogue.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'Un écran, un micro et un support de présentation.',
    valorisation: [],
    valorisationDetails: null,
    humanResources: 'Une ou deux personnes qui interviennent.',
    // 20 min : une intervention courte, sur le modèle d'une keynote, avec quelques questions.
    typicalDurationMinutes: 20,
    tips: [],
    source: null,
  },
  pause: {
    id: 'pause',
    name: 'Pause',
    inGrid: false,
    purpose: 'Souffler et échanger librement entre deux séances.',
    description: "Un temps libre, souvent autour d'un café, propice aux rencontres informelles.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: "Un espace d'accueil avec boissons et collations, à proximité des salles.",
    valorisation: [],
    valorisationDetails: null,
    humanResources: "L'équipe d'accueil ou le traiteur.",
    // 20 min : le temps de se servir, d'échanger quelques mots et de changer de salle.
    typicalDurationMinutes: 20,
    tips: [],
    source: null,
  },
  dejeuner: {
    id: 'dejeuner',
    name: 'Déjeuner',
    inGrid: false,
    purpose: 'Se restaurer et poursuivre les échanges entre participants.',
    description: 'Le repas du midi, qui peut devenir un temps fort en soi : déjeuner thématique, tables de rencontre.',
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'Un espace de restauration, assis ou debout selon le nombre de participants.',
    valorisation: [],
    valorisationDetails: null,
    humanResources: "Le traiteur et l'équipe d'accueil.",
    // 90 min : un repas complet et du temps pour le réseau, qui fait partie de l'intérêt de l'événement.
    typicalDurationMinutes: 90,
    tips: ["Un déjeuner à thème peut devenir un événement dans l'événement."],
    source: null,
  },
  cloture: {
    id: 'cloture',
    name: 'Clôture',
    inGrid: false,
    purpose: "Conclure l'événement, remercier et ouvrir sur la suite.",
    description:
      'Le mot de la fin : synthèse, remerciements aux intervenant·es et aux participant·es, annonce des prochaines étapes.',
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'La salle plénière, un micro et un écran.',
    valorisation: [],
    valorisationDetails: null,
    humanResources: 'Les organisateur·rices, avec éventuellement un·e élu·e ou un financeur.',
    // 20 min : une synthèse et des remerciements, sans nouveau contenu.
    typicalDurationMinutes: 20,
    tips: ['Annoncer le questionnaire de satisfaction et le partage des ressources.'],
    source: null,
  },
  'atelier-coconstruction': {
    id: 'atelier-coconstruction',
    name: 'Atelier de co-construction',
    inGrid: false,
    purpose: 'Produire ensemble des pistes et des solutions que chacun pourra adapter à son propre contexte.',
    description:
      "Un court atelier d'intelligence collective, à rebours de la conférence : pas de « sachant » face à des « apprenants », mais des échanges d'égal à égal, des débats et des mises en pratique autour d'une mission précise.",
    // Une dizaine de participants par atelier (dix en 2018, « places limitées » en 2019).
    audienceLimit: { max: 10 },
    audienceLimitByLevel: {},
    staging: 'Une petite salle ou un îlot pour une dizaine de personnes, avec de quoi écrire et afficher les productions.',
    valorisation: ['deliverable', 'social-post'],
    valorisationDetails:
      "Des productions concrètes (pistes, méthodes, brouillons, listes de contrôle) qui nourrissent un livrable commun, et des publications en direct avec le hashtag de l'événement.",
    humanResources: "Un binôme de co-pilotes, si possible mixte, qui prépare et anime l'atelier.",
    // 60 min : les sources parlent de séquences courtes ; une heure laisse le temps d'un
    // lancement, d'une production collective et d'une restitution.
    typicalDurationMinutes: 60,
    tips: [
      'Confier à chaque atelier une mission claire et le livrable attendu.',
      "Demander aux participants un travail de réflexion en amont (pistes, retours d'expérience, sources, questions), coordonné par les co-pilotes.",
      'Ouvrir la réflexion en amont à celles et ceux qui ne pourront pas venir.',
      "Sans pré-inscription à l'atelier, les places vont aux premiers arrivés : le signaler dans le programme.",
    ],
    source: 'capcom',
  },
} as const satisfies { readonly [Id in OffGridFormatId]: OffGridFormatRow<Id> };

/**
 * Pratiques des ateliers de co-construction Cap'Com, en données : un binôme de co-pilotes,
 * une dizaine de participants, un travail préalable, un livrable, et (depuis 2019) des
 * places attribuées aux premiers arrivés, sans pré-inscription.
 */
export const CO_CONSTRUCTION_PRACTICE = {
  coPilots: 2,
  participants: 10,
  preRegistration: false,
  seating: 'first-come',
  priorWork: true,
  deliverable: true,
} as const;
