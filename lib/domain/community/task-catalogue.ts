import type { Phase, Stage } from './stages';

/*
 * Toutes les tâches que les modèles savent créer. La clé est stable : elle sert à ne jamais
 * créer deux fois la même tâche, y compris quand deux modèles partagent une tâche.
 * Échéances (`offsetDays`, J±x) : un choix de Trame quand la source n'en donne pas ; seuls
 * les mailings (J-30, J-15, J-7) et le questionnaire à J+10 viennent des sources.
 * Sources : vademecum RéZolutions numériques 2021 (Le Mouvement associatif) et webinaire
 * LE BOUQUET. Intitulés reformulés.
 */
export const TASK_SOURCES = {
  vademecum: 'Vademecum RéZolutions numériques 2021 — Le Mouvement associatif',
  webinaire: "Webinaire « Comment organiser un événement dédié au numérique d'intérêt général ? » — LE BOUQUET",
} as const;
export type TaskSource = keyof typeof TASK_SOURCES;

export type TaskTemplate = {
  readonly key: string;
  readonly title: string;
  readonly stage: Stage;
  readonly phase: Phase;
  readonly offsetDays: number;
  readonly source: TaskSource;
};

type Row = Omit<TaskTemplate, 'key'>;

const task = (stage: Stage, phase: Phase, offsetDays: number, source: TaskSource, title: string): Row => ({
  stage,
  phase,
  offsetDays,
  source,
  title,
});

export const TASK_CATALOGUE = {
  // Conditions préalables (vademecum)
  'tete-de-file': task('IDENTIFIER', 'AVANT', -120, 'vademecum', 'Désigner la structure tête de file ou le groupe d’initiative'),
  'vision-commune': task('IDENTIFIER', 'AVANT', -110, 'vademecum', 'Partager entre organisateurs les enjeux et objectifs de la rencontre (études, consultation des responsables, besoins connus)'),
  'portage-politique': task('IDENTIFIER', 'AVANT', -100, 'vademecum', 'Obtenir un soutien politique : dirigeants bénévoles, personnalité du territoire, financeur'),
  'date-commune': task('IDENTIFIER', 'AVANT', -100, 'vademecum', 'Arrêter la date avec les co-organisateurs, hors saison des AG et sans télescoper d’autres événements'),
  'reserver-salle': task('IDENTIFIER', 'AVANT', -90, 'vademecum', 'Réserver un lieu proche d’une gare, accessible PMR, avec plénière, salles d’atelier, vidéoprojection et son'),
  'programme-contenus': task('MOBILISER', 'AVANT', -75, 'vademecum', 'Construire le programme : apports théoriques pour lancer la journée, apports pratiques, formats variés'),
  'inviter-intervenants': task('MOBILISER', 'AVANT', -75, 'vademecum', 'Inviter les intervenant·es, de préférence ancré·es sur le territoire'),
  'referent-intervenants': task('ENGAGER', 'AVANT', -60, 'vademecum', 'Nommer parmi les organisateurs un·e référent·e pour chaque temps (plénière, ateliers)'),
  'echanges-bilateraux': task('ENGAGER', 'AVANT', -45, 'vademecum', 'Faire un échange en tête-à-tête avec chaque intervenant·e'),
  'fiche-technique': task('ENGAGER', 'AVANT', -21, 'vademecum', 'Rédiger la fiche technique de chaque atelier (contenu, déroulé, contact, matériel, disposition de salle) et la faire valider'),
  'conducteur-minute': task('ENGAGER', 'AVANT', -14, 'vademecum', 'Envoyer aux intervenant·es le conducteur minuté et les informations pratiques'),
  filage: task('ENGAGER', 'AVANT', -7, 'vademecum', 'Organiser un filage avec l’ensemble des intervenant·es'),
  'feuille-de-route-com': task('MOBILISER', 'AVANT', -60, 'vademecum', 'Écrire la feuille de route de communication (charte, logos des organisateurs et financeurs)'),
  'annoncer-programme-reseau': task('MOBILISER', 'AVANT', -45, 'vademecum', 'Transmettre le programme au réseau national pour qu’il l’annonce'),
  'animer-hashtag': task('MOBILISER', 'AVANT', -30, 'vademecum', 'Faire vivre le hashtag de l’événement sur les réseaux sociaux'),
  'live-reseaux': task('ENGAGER', 'PENDANT', 0, 'vademecum', 'Raconter la journée en direct sur les réseaux sociaux'),
  'merci-intervenants': task('FIDELISER', 'APRES', 2, 'vademecum', 'Remercier les intervenant·es et récupérer leurs supports'),
  'merci-participants': task('FIDELISER', 'APRES', 3, 'vademecum', 'Remercier les participant·es avec les meilleurs moments (et l’enregistrement s’il existe)'),
  'questionnaire-satisfaction': task('FIDELISER', 'APRES', 10, 'vademecum', 'Envoyer le questionnaire de satisfaction aux présent·es'),
  'remonter-ressources': task('FIDELISER', 'APRES', 21, 'vademecum', 'Transmettre ressources et résultats de l’évaluation au réseau national'),
  'fiches-pratiques': task('FIDELISER', 'APRES', 30, 'vademecum', 'Contribuer à une fiche pratique à partir de l’expérience'),
  // Actions de communauté (webinaire)
  'clarifier-cibles': task('IDENTIFIER', 'AVANT', -120, 'webinaire', 'Écrire noir sur blanc les publics visés : cible finale, relais et prescripteurs'),
  'rdv-decideurs': task('IDENTIFIER', 'AVANT', -100, 'webinaire', 'Présenter le projet en tête-à-tête à quelques décideurs'),
  'base-contacts': task('IDENTIFIER', 'AVANT', -90, 'webinaire', 'Constituer une base de contacts qualifiée dans l’outil d’envoi, avec désinscription facile'),
  'kit-embarquement': task('IDENTIFIER', 'AVANT', -75, 'webinaire', 'Préparer un kit de communication adapté à chaque type de public'),
  'appel-manifestation-interet': task('MOBILISER', 'AVANT', -90, 'webinaire', 'Lancer un appel à manifestation d’intérêt pour associer les acteurs au programme'),
  'ouvrir-inscriptions': task('MOBILISER', 'AVANT', -60, 'webinaire', 'Ouvrir les inscriptions en ligne'),
  'partenaires-relais': task('MOBILISER', 'AVANT', -60, 'webinaire', 'Nouer des partenariats avec des acteurs qui feront venir leurs publics'),
  'relais-territoire': task('MOBILISER', 'AVANT', -45, 'webinaire', 'Diffuser l’annonce dans les agendas, lettres et réseaux sociaux du territoire'),
  'affiches-flyers': task('MOBILISER', 'AVANT', -30, 'webinaire', 'Déposer affiches et dépliants dans les structures ciblées'),
  phoning: task('MOBILISER', 'AVANT', -21, 'webinaire', 'Appeler directement les personnes qu’on veut voir venir'),
  'temps-forts': task('ENGAGER', 'AVANT', -30, 'webinaire', 'Prévoir des temps forts dans l’événement : déjeuner dédié, formats ludiques'),
  teasing: task('ENGAGER', 'AVANT', -20, 'webinaire', 'Publier les formats et les intervenant·es invité·es pour donner envie'),
  'infos-pratiques-inscrits': task('ENGAGER', 'AVANT', -5, 'webinaire', 'Envoyer aux inscrit·es les informations pratiques : accès, accessibilité, feuille de route'),
  'partager-ressources': task('FIDELISER', 'APRES', 7, 'webinaire', 'Partager ressources, images et photos de l’événement'),
  'bilan-partage': task('FIDELISER', 'APRES', 30, 'webinaire', 'Analyser les retours et diffuser un bilan documenté'),
  'preparer-prochaine': task('FIDELISER', 'APRES', 30, 'webinaire', 'Réunir les partenaires pour préparer la prochaine édition'),
} as const satisfies Record<string, Row>;

export type TaskKey = keyof typeof TASK_CATALOGUE;

export function isTaskKey(key: string): key is TaskKey {
  return Object.hasOwn(TASK_CATALOGUE, key);
}

export function getTaskTemplate(key: TaskKey): TaskTemplate {
  return { key, ...TASK_CATALOGUE[key] };
}
