import type { CalendarDate } from '@/lib/domain/dates';

import { dueDate, type DueDateOptions, type EventDays } from './due-dates';
import { getTaskTemplate, type TaskKey, type TaskTemplate } from './task-catalogue';

/** Modèles de tâches : une liste ordonnée de clés du catalogue. */
export const TEMPLATES = {
  rezolutions: {
    label: 'Rencontre RéZolutions numériques',
    description: 'La liste de tâches du vademecum, des conditions préalables à la capitalisation.',
    taskKeys: [
      'tete-de-file',
      'vision-commune',
      'portage-politique',
      'date-commune',
      'reserver-salle',
      'programme-contenus',
      'inviter-intervenants',
      'feuille-de-route-com',
      'referent-intervenants',
      'echanges-bilateraux',
      'annoncer-programme-reseau',
      'animer-hashtag',
      'fiche-technique',
      'conducteur-minute',
      'filage',
      'live-reseaux',
      'merci-intervenants',
      'merci-participants',
      'questionnaire-satisfaction',
      'remonter-ressources',
      'fiches-pratiques',
    ],
  },
  communaute: {
    label: "Faire grandir la communauté d'acteurs",
    description: 'Les actions du webinaire pour identifier, mobiliser, engager et fidéliser.',
    taskKeys: [
      'clarifier-cibles',
      'rdv-decideurs',
      'base-contacts',
      'kit-embarquement',
      'appel-manifestation-interet',
      'ouvrir-inscriptions',
      'partenaires-relais',
      'relais-territoire',
      'affiches-flyers',
      'phoning',
      'temps-forts',
      'teasing',
      'infos-pratiques-inscrits',
      'partager-ressources',
      'questionnaire-satisfaction',
      'bilan-partage',
      'preparer-prochaine',
    ],
  },
  'nec-local': {
    label: 'Rencontre locale (version courte)',
    description: "L'essentiel des deux listes pour une rencontre d'une journée sur le territoire.",
    taskKeys: [
      'clarifier-cibles',
      'date-commune',
      'reserver-salle',
      'inviter-intervenants',
      'ouvrir-inscriptions',
      'relais-territoire',
      'phoning',
      'conducteur-minute',
      'infos-pratiques-inscrits',
      'live-reseaux',
      'merci-intervenants',
      'questionnaire-satisfaction',
      'bilan-partage',
    ],
  },
} as const satisfies Record<string, { label: string; description: string; taskKeys: readonly TaskKey[] }>;

export type TemplateId = keyof typeof TEMPLATES;
export const TEMPLATE_IDS = ['rezolutions', 'communaute', 'nec-local'] as const satisfies readonly TemplateId[];

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(TEMPLATES, value);
}

export type PlannedTask = TaskTemplate & { readonly dueDate: CalendarDate };

/**
 * Les tâches d'un modèle à créer pour un événement, avec leur échéance.
 * Seules celles dont la clé n'existe pas encore sont rendues : appliquer deux fois un modèle,
 * ou deux modèles qui partagent une tâche, ne crée aucun doublon.
 */
export function expandTemplate(
  templateId: TemplateId,
  event: EventDays,
  existingTaskKeys: Iterable<string>,
  options?: DueDateOptions,
): PlannedTask[] {
  const existing = new Set(existingTaskKeys);
  return TEMPLATES[templateId].taskKeys
    .filter((key) => !existing.has(key))
    .map((key) => {
      const template = getTaskTemplate(key);
      return { ...template, dueDate: dueDate(template.offsetDays, event.firstDay, event.lastDay, options) };
    });
}
