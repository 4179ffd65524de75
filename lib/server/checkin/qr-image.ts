import 'server-only';
import QRCode from 'qrcode';

/** A PNG of the QR code carrying `text`, as a data: URL (allowed by the pages' img-src). */
export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
