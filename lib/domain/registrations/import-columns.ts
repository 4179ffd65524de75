/*
 * Colonnes d'un export de billetterie et leur correspondance avec une inscription.
 * Un préréglage par source liste, pour chaque champ, les en-têtes qui le désignent, du plus
 * sûr au moins sûr : on compare sans accents, sans casse ni ponctuation (« E-mail » = « email »).
 */

export const IMPORT_SOURCES = ['helloasso', 'weezevent', 'generique'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const IMPORT_SOURCE_LABELS: Record<ImportSource, string> = {
  helloasso: 'HelloAsso',
  weezevent: 'Weezevent',
  generique: 'CSV ou XLSX générique',
};

/** Ce qu'on lit d'une ligne. Le nom vient du nom complet, ou du prénom et du nom de famille. */
export const IMPORT_FIELDS = [
  'email',
  'fullName',
  'firstName',
  'lastName',
  'organisation',
  'category',
  'accessibilityNeeds',
  'registeredAt',
  'ticket',
  'orderStatus',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  email: 'Adresse e-mail',
  fullName: 'Nom complet',
  firstName: 'Prénom',
  lastName: 'Nom de famille',
  organisation: 'Structure',
  category: 'Catégorie de public',
  accessibilityNeeds: 'Besoins d’accessibilité',
  registeredAt: 'Date d’inscription',
  ticket: 'Tarif ou billet (jours)',
  orderStatus: 'Statut de la commande',
};

/** Index de colonne (0 = première) par champ ; `null` : champ non importé. */
export type ColumnMapping = Record<ImportField, number | null>;

type Aliases = Record<ImportField, readonly string[]>;

const GENERIC: Aliases = {
  email: ['email', 'e-mail', 'adresse e-mail', 'adresse email', 'adresse mail', 'mail', 'courriel'],
  fullName: ['nom complet', 'nom et prénom', 'prénom et nom', 'prénom nom', 'nom prénom', 'participant', 'participante', 'name', 'full name'],
  firstName: ['prénom', 'first name', 'firstname'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname'],
  organisation: ['structure', 'organisation', 'organisme', 'société', 'entreprise', 'employeur', 'raison sociale', 'company'],
  category: ['catégorie', 'catégorie de public', 'public', 'profil', 'vous êtes', 'statut professionnel', 'fonction'],
  accessibilityNeeds: ['besoins d’accessibilité', 'besoins d’accessibilite', 'accessibilité', 'besoins spécifiques', 'besoins particuliers', 'handicap'],
  registeredAt: ['date d’inscription', 'date inscription', 'inscrit le', 'date'],
  // Un billet par ligne : le tarif dit les jours (« Pass jeudi », « Pass 2 jours »).
  ticket: ['tarif', 'nom du tarif', 'intitulé du tarif', 'billet', 'type de billet', 'catégorie de billet', 'formule', 'pass', 'type de pass', 'ticket', 'jours', 'journée'],
  orderStatus: ['statut de la commande', 'statut commande', 'statut du paiement', 'statut de paiement', 'statut du billet', 'état de la commande', 'état du paiement', 'statut', 'état'],
};

// Exports de participants HelloAsso : le participant d'abord, le payeur en dernier recours.
const HELLOASSO: Aliases = {
  email: ['email participant', 'e-mail participant', 'adresse email participant', ...GENERIC.email, 'email payeur'],
  fullName: GENERIC.fullName,
  firstName: ['prénom participant', ...GENERIC.firstName, 'prénom payeur'],
  lastName: ['nom participant', ...GENERIC.lastName, 'nom payeur'],
  organisation: GENERIC.organisation,
  category: GENERIC.category,
  accessibilityNeeds: GENERIC.accessibilityNeeds,
  registeredAt: ['date de la commande', 'date commande', 'date du paiement', ...GENERIC.registeredAt],
  ticket: GENERIC.ticket,
  orderStatus: GENERIC.orderStatus,
};

const WEEZEVENT: Aliases = {
  email: ['email', 'e-mail', 'email acheteur', 'email de l’acheteur', ...GENERIC.email],
  fullName: GENERIC.fullName,
  firstName: ['prénom', 'prénom acheteur', ...GENERIC.firstName],
  lastName: ['nom', 'nom acheteur', ...GENERIC.lastName],
  organisation: GENERIC.organisation,
  category: GENERIC.category,
  accessibilityNeeds: GENERIC.accessibilityNeeds,
  registeredAt: ['date d’achat', 'date de commande', 'date de la commande', 'date d’inscription', ...GENERIC.registeredAt],
  ticket: ['nom du billet', 'type de billet', ...GENERIC.ticket],
  orderStatus: GENERIC.orderStatus,
};

export const IMPORT_PRESETS: Record<ImportSource, Aliases> = { helloasso: HELLOASSO, weezevent: WEEZEVENT, generique: GENERIC };

/** « E-mail », « e‑mail » et « EMAIL » se valent ; l'apostrophe typographique aussi. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ColumnMapping;
}

/**
 * Correspondance proposée pour une source : pour chaque champ, dans l'ordre de IMPORT_FIELDS,
 * le premier alias présent parmi les colonnes pas encore prises. Une colonne sert une seule fois.
 */
export function suggestMapping(headers: readonly string[], source: ImportSource): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping = emptyMapping();
  for (const field of IMPORT_FIELDS) {
    for (const alias of IMPORT_PRESETS[source][field]) {
      const index = normalised.findIndex((header, i) => header === normaliseHeader(alias) && !taken.has(i));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  // Un nom complet rend inutiles prénom et nom de famille (souvent ceux du payeur).
  if (mapping.fullName !== null) mapping.firstName = mapping.lastName = null;
  return mapping;
}

/** Ce qui empêche l'import quelle que soit la ligne : une colonne essentielle non associée. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): string[] {
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    if (index !== null && (index < 0 || index >= columnCount)) {
      problems.push(`La colonne choisie pour « ${IMPORT_FIELD_LABELS[field]} » n’existe pas dans le fichier.`);
    }
  }
  if (mapping.email === null) problems.push('Choisissez la colonne qui contient l’adresse e-mail.');
  if (mapping.fullName === null && mapping.firstName === null && mapping.lastName === null) {
    problems.push('Choisissez la colonne du nom complet, ou celles du prénom et du nom de famille.');
  }
  return problems;
}

/**
 * La correspondance par nom d'en-tête : ce que le navigateur retient d'un import à l'autre.
 * `null` : champ volontairement laissé de côté.
 */
export type SavedMapping = Partial<Record<ImportField, string | null>>;

export function mappingToHeaders(mapping: ColumnMapping, headers: readonly string[]): SavedMapping {
  const saved: SavedMapping = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    saved[field] = index === null ? null : (headers[index] ?? null);
  }
  return saved;
}

/**
 * Réapplique une correspondance retenue sur un nouveau fichier. Un champ retenu « non importé »
 * le reste ; un en-tête qui n'existe plus retombe sur la proposition du préréglage.
 */
export function mappingFromHeaders(saved: SavedMapping, headers: readonly string[], source: ImportSource): ColumnMapping {
  const suggested = suggestMapping(headers, source);
  const normalised = headers.map(normaliseHeader);
  const mapping = emptyMapping();
  for (const field of IMPORT_FIELDS) {
    const header = saved[field];
    if (header === null) continue;
    const index = header === undefined ? -1 : normalised.indexOf(normaliseHeader(header));
    mapping[field] = index >= 0 ? index : suggested[field];
  }
  return mapping;
}
