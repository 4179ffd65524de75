import { describe, expect, it } from 'vitest';
import { maskedText, renderForDelivery, sealTokens } from '@/lib/server/mail/seal';

// env() is read lazily by the sealing key: give it what it needs before the first call.
process.env.DATABASE_URL ??= 'postgresql://inutilise@localhost/inutilise';
process.env.AUTH_SECRET = 'un-secret-de-test-assez-long-pour-hkdf';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
const other = 'ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210-_zyxwv';
const text = `Bonjour,\nhttps://trame.example/inscription/${token}\nRappel : https://trame.example/q/${other}\nEncore : ${token}`;

describe('sealed link tokens', () => {
  it('leaves no token in the stored text and puts them back for delivery', () => {
    const sealed = sealTokens(text, [token, other]);
    expect(sealed.text).not.toContain(token);
    expect(sealed.text).not.toContain(other);
    expect(sealed.sealedTokens).not.toContain(token);
    expect(renderForDelivery(sealed)).toBe(text);
  });

  it('masks the links for the « Courriels » page', () => {
    expect(maskedText(sealTokens(text, [token, other]).text)).toBe(
      'Bonjour,\nhttps://trame.example/inscription/••••••••\nRappel : https://trame.example/q/••••••••\nEncore : ••••••••',
    );
  });

  it('masks the plain links of messages stored before tokens were sealed', () => {
    expect(maskedText(`Lien : https://trame.example/inscription/${token} et /q/${other}`)).toBe(
      'Lien : https://trame.example/inscription/•••••••• et /q/••••••••',
    );
  });

  it('stores a message without tokens as it is', () => {
    expect(sealTokens('Votre inscription est annulée.', [])).toEqual({ text: 'Votre inscription est annulée.', sealedTokens: null });
    expect(sealTokens('Sans lien.', [token])).toEqual({ text: 'Sans lien.', sealedTokens: null });
  });

  it('refuses sealed tokens that were tampered with', () => {
    const sealed = sealTokens(text, [token]);
    const [version, iv, data, tag] = sealed.sealedTokens!.split('.');
    const flipped = `${data!.slice(0, -2)}${data!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => renderForDelivery({ text: sealed.text, sealedTokens: [version, iv, flipped, tag].join('.') })).toThrow();
  });
});
