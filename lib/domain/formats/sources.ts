/** Sources des contenus, à citer dans l'interface là où ces contenus apparaissent. */
export const SOURCE_IDS = ['webinaire', 'capcom'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const WEBINAIRE_SOURCE_CREDIT =
  "D'après le webinaire « Comment organiser un événement dédié au numérique d'intérêt général ? » — LE BOUQUET, AMI Outiller la médiation numérique";

export const CAPCOM_SOURCE_CREDIT =
  "D'après les ateliers de co-construction de l'Observatoire socialmedia des territoires aux Rencontres nationales de la communication numérique Cap'Com (2018 et 2019)";

export const SOURCE_CREDITS: Record<SourceId, string> = {
  webinaire: WEBINAIRE_SOURCE_CREDIT,
  capcom: CAPCOM_SOURCE_CREDIT,
};
