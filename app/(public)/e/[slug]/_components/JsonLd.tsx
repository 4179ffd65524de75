import { serializeJsonLd } from '@/lib/domain/public';

/** schema.org data for search engines; serializeJsonLd escapes `<` so user text cannot close the tag. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
