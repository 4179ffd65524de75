import { redirect } from 'next/navigation';
import { catalogueMetadata, FormatCatalogue, type CatalogueProps } from '@/components/formats/FormatCatalogue';
import { catalogueHref, parseLevelParam } from '@/components/formats/format-text';
import { getViewer } from '@/lib/server/authz';

export const generateMetadata = catalogueMetadata;

/** The public catalogue; signed in, the same catalogue opens inside the app (/catalogue). */
export default async function FormatsCataloguePage({ searchParams }: CatalogueProps) {
  const { niveau } = await searchParams;
  if (await getViewer()) redirect(catalogueHref(parseLevelParam(niveau), '/catalogue'));
  return <FormatCatalogue niveau={niveau} base="/formats" />;
}
