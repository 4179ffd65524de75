import type { MaturityLevel } from '../diagnostic/maturity-level';
import type { CatalogueFormatId, FormatId, OffGridFormatId } from './format-ids';
import type { SourceId } from './sources';

/** Jauge de public d'une session : bornes incluses, absentes quand la source n'en donne pas. */
export type AudienceLimit = { readonly min?: number; readonly max?: number };

export const VALORISATION_KINDS = ['social-post', 'deliverable', 'video-capture', 'resource-sheets'] as const;
export type ValorisationKind = (typeof VALORISATION_KINDS)[number];

export const VALORISATION_LABELS: Record<ValorisationKind, string> = {
  'social-post': 'Publication sur les réseaux sociaux',
  deliverable: 'Livrable',
  'video-capture': 'Captation vidéo',
  'resource-sheets': 'Fiches ressources',
};

export type FormatRow<Id extends FormatId = FormatId> = {
  readonly id: Id;
  readonly name: string;
  /** Vrai pour les 8 formats de la grille de recommandation du webinaire. */
  readonly inGrid: boolean;
  /** À quoi sert le format, en une phrase. */
  readonly purpose: string;
  readonly description: string;
  /** Jauge valable à tout niveau, quand la source la donne comme une propriété du format. */
  readonly audienceLimit: AudienceLimit | null;
  /** Jauge propre à un niveau ; prime sur `audienceLimit`. */
  readonly audienceLimitByLevel: Partial<Record<MaturityLevel, AudienceLimit>>;
  /** Besoins de mise en scène et de matériel. */
  readonly staging: string;
  readonly valorisation: readonly ValorisationKind[];
  readonly valorisationDetails: string | null;
  readonly humanResources: string;
  /** Durée type d'une session, en minutes : un choix de Trame, justifié à côté de chaque valeur. */
  readonly typicalDurationMinutes: number;
  /** Conseils pratiques tirés de la source. */
  readonly tips: readonly string[];
  readonly source: SourceId | null;
};

export type CatalogueFormatRow<Id extends CatalogueFormatId> = FormatRow<Id> & { readonly inGrid: true };
export type OffGridFormatRow<Id extends OffGridFormatId> = FormatRow<Id> & { readonly inGrid: false };

/** Un format tel que le reste de l'application le lit. */
export type Format = FormatRow & {
  /** Niveaux où le webinaire recommande ce format ; vide hors grille. */
  readonly recommendedLevels: readonly MaturityLevel[];
};
