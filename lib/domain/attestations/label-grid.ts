/*
 * Planches d'étiquettes A4 pour les badges. Une seule planche pour l'instant, la plus courante pour
 * des badges nominatifs : Avery L7163 (et ses équivalents J8163, Agipa 119002…), 2 colonnes × 7 rangées,
 * étiquettes de 99,1 × 38,1 mm. Les cotes viennent de la fiche du fabricant ; une autre planche = une
 * ligne de plus dans LABEL_SHEETS.
 */

export const MM_TO_PT = 72 / 25.4;

export type LabelSheet = {
  readonly id: string;
  readonly label: string;
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  readonly columns: number;
  readonly rows: number;
  readonly labelWidthMm: number;
  readonly labelHeightMm: number;
  readonly marginTopMm: number;
  readonly marginLeftMm: number;
  /** From the left edge of one label to the left edge of the next. */
  readonly pitchXMm: number;
  /** From the top edge of one label to the top edge of the next. */
  readonly pitchYMm: number;
};

export const LABEL_SHEETS = {
  L7163: {
    id: 'L7163',
    label: 'Avery L7163 (2 × 7, 99,1 × 38,1 mm)',
    pageWidthMm: 210,
    pageHeightMm: 297,
    columns: 2,
    rows: 7,
    labelWidthMm: 99.1,
    labelHeightMm: 38.1,
    marginTopMm: 15.15,
    marginLeftMm: 4.65,
    pitchXMm: 101.6,
    pitchYMm: 38.1,
  },
} as const satisfies Record<string, LabelSheet>;

export type LabelPosition = {
  /** 0-based page. */
  readonly page: number;
  readonly column: number;
  readonly row: number;
  /** Top-left corner and size, in PDF points from the page's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export function labelsPerPage(sheet: LabelSheet): number {
  return sheet.columns * sheet.rows;
}

/** Where the `index`-th label goes (0-based): filled row by row, left to right, then the next page. */
export function labelPosition(sheet: LabelSheet, index: number): LabelPosition {
  const perPage = labelsPerPage(sheet);
  const page = Math.floor(index / perPage);
  const slot = index % perPage;
  const row = Math.floor(slot / sheet.columns);
  const column = slot % sheet.columns;
  const pt = (mm: number) => Math.round(mm * MM_TO_PT * 100) / 100;
  return {
    page,
    column,
    row,
    x: pt(sheet.marginLeftMm + column * sheet.pitchXMm),
    y: pt(sheet.marginTopMm + row * sheet.pitchYMm),
    width: pt(sheet.labelWidthMm),
    height: pt(sheet.labelHeightMm),
  };
}

/** The labels split into pages. */
export function paginateLabels<T>(sheet: LabelSheet, items: readonly T[]): T[][] {
  const perPage = labelsPerPage(sheet);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
  return pages;
}

export type BadgePerson = {
  readonly name: string;
  readonly status: 'confirmed' | 'waiting' | 'cancelled';
  readonly anonymised: boolean;
  /** Days the person comes; empty: every day. */
  readonly days: readonly string[];
};

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Who gets a badge: confirmed registrations only (not the waiting list, not cancelled, not
 * anonymised), on `day` when a day is chosen; sorted by name as written (accents and case ignored).
 */
export function badgeHolders<P extends BadgePerson>(people: readonly P[], day: string | null): P[] {
  return people
    .filter((person) => person.status === 'confirmed' && !person.anonymised)
    .filter((person) => day === null || person.days.length === 0 || person.days.includes(day))
    .sort((a, b) => byName.compare(a.name, b.name));
}
