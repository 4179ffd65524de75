import { z } from 'zod';
import { fr } from 'zod/locales';

/*
 * The one entry point to zod for every schema (lib/schemas, lib/domain): it sets zod's French locale
 * for the whole process, so that a crafted request that slips past the messages written in the schemas
 * is still answered in French (« Trop grand : … » rather than "Too big: …"). zod keeps this setting on
 * globalThis: importing this module once, on the server or in the browser, covers every schema.
 */
z.config(fr());

export { z };

// C0 control characters except tab, line feed and carriage return, and DEL: nobody types them, and
// PostgreSQL refuses a NUL byte in text (the request then failed with a 500).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = 'Ce texte contient un caractère invisible non autorisé : retirez-le puis réessayez.';

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * Free text from a person or a file: a zod string that refuses control characters. Every schema that
 * takes text starts from here rather than from `z.string()`, so the rule lives in one place.
 */
export function textField(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !hasControlCharacters(value), { error: CONTROL_CHARACTER_MESSAGE });
}
