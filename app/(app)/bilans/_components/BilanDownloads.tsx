/** The files every version has; « hors-trame » is offered when the version holds results gathered outside Trame. */
export const ALL_BILAN_DOWNLOADS = ['pdf', 'xlsx', 'csv', 'cerfa'] as const;

/** The exports of a frozen version; `base` is the path the file routes hang from. */
export function BilanDownloads({
  base,
  kinds = ALL_BILAN_DOWNLOADS,
}: {
  base: string;
  kinds?: ReadonlyArray<'pdf' | 'xlsx' | 'csv' | 'cerfa' | 'hors-trame' | 'dossier-preuves.zip'>;
}) {
  const labels = {
    pdf: 'Bilan complet (PDF)',
    xlsx: 'Classeur des chiffres (XLSX)',
    csv: 'Lignes de budget (CSV)',
    cerfa: 'Compte rendu financier Cerfa (CSV)',
    'hors-trame': 'Résultats recueillis hors Trame (CSV)',
    'dossier-preuves.zip': 'Dossier de preuves (ZIP)',
  } as const;
  return (
    <ul className="flex flex-wrap gap-3">
      {kinds.map((kind) => (
        <li key={kind}>
          <a
            href={`${base}/${kind}`}
            download
            className="inline-flex rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Télécharger : {labels[kind]}
          </a>
        </li>
      ))}
    </ul>
  );
}
