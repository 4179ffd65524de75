import 'server-only';
import QRCode from 'qrcode';

// The check-in QR code, drawn the same way everywhere: the personal page, the confirmation e-mail and
// the badges (a label is small: a narrower quiet zone and smaller modules).
const SCREEN = { errorCorrectionLevel: 'M', margin: 4, scale: 8 } as const;
const LABEL = { errorCorrectionLevel: 'M', margin: 1, scale: 4 } as const;

/** A PNG of the QR code carrying `text`, as a data: URL (allowed by the pages' img-src). */
export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, SCREEN);
}

/** The same PNG as bytes (an e-mail attachment), or at label size for a badge. */
export function qrPng(text: string, size: 'screen' | 'label' = 'screen'): Promise<Buffer> {
  return QRCode.toBuffer(text, size === 'label' ? LABEL : SCREEN);
}
