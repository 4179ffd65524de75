/** A partner's web address, kept only when it is plain http(s): a `javascript:` link never reaches the page. */
export function safeWebUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export type MapPlace = {
  readonly name: string | null;
  readonly address: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
};

const OSM = 'https://www.openstreetmap.org';

/**
 * Le lieu sur OpenStreetMap : un repère aux coordonnées quand on les connaît, sinon une recherche
 * sur l'adresse (et le nom du lieu s'il n'y a pas d'adresse). `null` sans rien à chercher.
 */
export function venueMapUrl(place: MapPlace): string | null {
  const { latitude, longitude } = place;
  if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) {
    const params = new URLSearchParams({ mlat: String(latitude), mlon: String(longitude) });
    return `${OSM}/?${params}#map=17/${latitude}/${longitude}`;
  }
  const query = (place.address?.trim() || place.name?.trim() || '').replace(/\s+/g, ' ');
  if (query === '') return null;
  return `${OSM}/search?${new URLSearchParams({ query })}`;
}

function isCoordinate(value: number | null | undefined, bound: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= bound;
}
