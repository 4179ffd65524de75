import { catalogueMetadata, FormatCatalogue, type CatalogueProps } from '@/components/formats/FormatCatalogue';

export const generateMetadata = catalogueMetadata;

/** The same catalogue as /formats, inside the signed-in app's menu and layout. */
export default async function AppCataloguePage({ searchParams }: CatalogueProps) {
  return <FormatCatalogue niveau={(await searchParams).niveau} base="/catalogue" />;
}
