import { catalogueMetadata, FormatCatalogue, type CatalogueProps } from '@/components/formats/FormatCatalogue';

export const generateMetadata = catalogueMetadata;

export default async function FormatsCataloguePage({ searchParams }: CatalogueProps) {
  return <FormatCatalogue niveau={(await searchParams).niveau} base="/formats" />;
}
