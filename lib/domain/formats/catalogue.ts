import type { CatalogueFormatId } from './format-ids';
import type { CatalogueFormatRow } from './types';

/*
 * Les 8 formats de la grille du webinaire, reformulés.
 * - Jauges : celles du webinaire. Quand il donne le même chiffre partout où il présente
 *   le format (atelier, masterclass, retex), c'est une propriété du format, valable à tout
 *   niveau ; la démo seule change selon le niveau (30 au niveau 1, 20 au niveau 2) et n'a
 *   pas de jauge au niveau 3, où le webinaire n'en dit rien.
 * - Mise en scène : celle du webinaire quand il la décrit (masterclass, keynote, design
 *   fiction, explor'camp) ; sinon déduite du déroulé du format.
 * - Durées types : choisies par Trame (le webinaire n'en donne pas), justifiées ligne à ligne.
 */
const DELIVERABLE_DETAILS =
  "Un livrable produit après l'événement (rapport, kit, schéma…), partagé sur un site de ressources ou sur les réseaux sociaux.";
const FACILITATOR = 'Une personne qui anime en connaissant bien la thématique, et/ou un·e designer facilitateur·rice.';
const SEASONED_EXPERT = 'Un·e expert·e ou un·e professionnel·le aguerri·e du domaine.';
const STAGE = "Idéalement une scène, un micro et un écran pour projeter le support de l'intervenant·e.";

export const CATALOGUE_FORMATS = {
  pitch: {
    id: 'pitch',
    name: 'Pitch',
    inGrid: true,
    purpose: 'Outiller les professionnels avec des exemples concrets et convaincants.',
    description:
      "Une présentation brève et percutante d'un projet, d'une idée, d'une structure ou d'un produit, qui en donne l'essentiel : le problème, la solution, le public visé et le déploiement.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'Un espace face au public, un micro, un écran pour un support très court et un minuteur visible.',
    valorisation: ['social-post'],
    valorisationDetails: 'Une photo du pitch publiée sur les réseaux sociaux, en citant la structure invitée.',
    humanResources: 'Une personne de la structure qui a conçu le projet, le produit ou la solution.',
    // 10 min : quelques minutes de présentation et deux ou trois questions ;
    // une série de quatre pitchs tient ainsi dans un créneau de trois quarts d'heure.
    typicalDurationMinutes: 10,
    tips: ['Enchaîner plusieurs pitchs sur une même thématique fonctionne particulièrement bien.'],
    source: 'webinaire',
  },
  demo: {
    id: 'demo',
    name: 'Démo',
    inGrid: true,
    purpose: "Découvrir des ressources adaptées aux enjeux de l'inclusion numérique.",
    description:
      "La présentation en direct d'un dispositif, d'une ressource ou d'une plateforme, pour montrer comment on s'en sert, ce qu'elle apporte et son effet sur les publics concernés.",
    audienceLimit: null,
    audienceLimitByLevel: { 1: { max: 30 }, 2: { max: 20 } },
    staging:
      "Un écran pour montrer l'outil en direct, une connexion fiable et, si possible, des appareils pour que les participants l'essaient.",
    valorisation: ['social-post'],
    valorisationDetails: 'Une photo de la démo publiée sur les réseaux sociaux, en citant la structure invitée.',
    humanResources: 'Une personne de la structure qui a conçu le dispositif ou la ressource.',
    // 30 min : une vingtaine de minutes de démonstration, puis des questions et une prise en main.
    typicalDurationMinutes: 30,
    tips: ["Un petit public rend la démo interactive : chacun peut poser ses questions et essayer l'outil."],
    source: 'webinaire',
  },
  atelier: {
    id: 'atelier',
    name: 'Atelier',
    inGrid: true,
    purpose: "Prototyper, bâtir un plan d'action ou produire des livrables sur un sujet précis.",
    description:
      'Une séance collaborative où les participants mettent la main à la pâte (études de cas, jeux de rôle, conception de ressources, jeux…) pour apprendre, échanger des idées, résoudre des problèmes ou développer des compétences.',
    audienceLimit: { max: 20 },
    audienceLimitByLevel: {},
    staging:
      "Une salle de sous-groupe avec des tables pour travailler en petits groupes, du matériel d'animation (post-it, paperboard, supports imprimés) et un mur pour afficher les productions.",
    valorisation: ['deliverable'],
    valorisationDetails: DELIVERABLE_DETAILS,
    humanResources: FACILITATOR,
    // 90 min : le temps de lancer le sujet, de produire en petits groupes puis de restituer.
    typicalDurationMinutes: 90,
    tips: [],
    source: 'webinaire',
  },
  masterclass: {
    id: 'masterclass',
    name: 'Masterclass',
    inGrid: true,
    purpose: 'Développer ses compétences et son savoir-faire professionnels.',
    description:
      'Une conférence pédagogique menée par une personne experte ou très expérimentée, qui apporte des connaissances approfondies et des outils pratiques sur un sujet précis.',
    audienceLimit: { min: 30, max: 80 },
    audienceLimitByLevel: {},
    staging: STAGE,
    valorisation: ['social-post'],
    valorisationDetails: "Une photo de la masterclass publiée sur les réseaux sociaux, en citant l'invité·e.",
    humanResources: SEASONED_EXPERT,
    // 60 min : trois quarts d'heure d'apport approfondi et un quart d'heure de questions.
    typicalDurationMinutes: 60,
    tips: [],
    source: 'webinaire',
  },
  retex: {
    id: 'retex',
    name: 'Retex',
    inGrid: true,
    purpose: "Découvrir l'expertise qu'un·e professionnel·le a construite sur le terrain.",
    description:
      "Un retour d'expérience sur un projet, une initiative ou une situation professionnelle : ce qui a marché, les difficultés rencontrées, les leçons tirées et les bonnes pratiques qui en découlent.",
    audienceLimit: { max: 30 },
    audienceLimitByLevel: {},
    staging: "Une salle à taille humaine avec un écran, disposée pour favoriser les échanges plutôt qu'en amphithéâtre.",
    valorisation: ['social-post'],
    valorisationDetails: "Une photo du retex publiée sur les réseaux sociaux, en citant l'invité·e.",
    humanResources: "Une personne de la structure qui a mené l'expérience.",
    // 30 min : une quinzaine de minutes de récit et autant d'échanges avec la salle.
    typicalDurationMinutes: 30,
    tips: ['Un public de 30 personnes au plus rend le format plus participatif.'],
    source: 'webinaire',
  },
  'design-fiction': {
    id: 'design-fiction',
    name: 'Design fiction',
    inGrid: true,
    purpose: "Se projeter, analyser et collaborer à partir d'une situation fictive.",
    description:
      "Une séance interactive qui s'appuie sur le design fiction pour explorer des futurs plausibles, stimuler la créativité et aiguiser l'esprit critique face à ces scénarios.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging:
      "Une mise en scène soignée (décor, objets, récit d'introduction) pour plonger les participants dans la situation fictive.",
    valorisation: ['deliverable'],
    valorisationDetails: DELIVERABLE_DETAILS,
    humanResources: FACILITATOR,
    // 120 min : l'immersion, la construction de scénarios en groupes et leur mise en débat
    // demandent plus de temps qu'un atelier classique.
    typicalDurationMinutes: 120,
    tips: ["La qualité de la mise en scène conditionne l'immersion des participants."],
    source: 'webinaire',
  },
  explorcamp: {
    id: 'explorcamp',
    name: "Explor'camp",
    inGrid: true,
    purpose: "Découvrir un panel de ressources concrètes qui renforcent la capacité d'agir.",
    description:
      "Une découverte active de plusieurs ressources et dispositifs en formats courts : chaque espace présente une ressource, ses cas d'usage et des façons d'en faire de la médiation, et les participants passent de l'un à l'autre en petits groupes.",
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: 'Plusieurs espaces distincts, un par ressource, avec assez de place pour que les petits groupes circulent.',
    valorisation: ['resource-sheets'],
    valorisationDetails:
      'Une fiche pour chaque ressource présentée, partagée sur un site de ressources ou sur les réseaux sociaux.',
    humanResources: 'Des médiateur·rices expérimenté·es, spécialistes des ressources présentées, au moins un par espace.',
    // 90 min : quatre ou cinq passages de 15 à 20 minutes, avec le temps de changer d'espace.
    typicalDurationMinutes: 90,
    tips: [],
    source: 'webinaire',
  },
  keynote: {
    id: 'keynote',
    name: 'Keynote',
    inGrid: true,
    purpose: 'Découvrir un sujet et enrichir sa culture professionnelle.',
    description:
      'Une conférence courte et rythmée, portée par une personne experte ou très expérimentée, qui présente une idée, un sujet ou une expertise de nature à bousculer les acquis et les points de vue.',
    audienceLimit: null,
    audienceLimitByLevel: {},
    staging: `${STAGE} Prévoir de quoi filmer l'intervention.`,
    valorisation: ['video-capture'],
    valorisationDetails: "Une captation vidéo de la keynote diffusée sur les réseaux sociaux, en citant l'invité·e.",
    humanResources: SEASONED_EXPERT,
    // 20 min : c'est une conférence courte, sans temps de questions, qui doit tenir le rythme.
    typicalDurationMinutes: 20,
    tips: [],
    source: 'webinaire',
  },
} as const satisfies { readonly [Id in CatalogueFormatId]: CatalogueFormatRow<Id> };
