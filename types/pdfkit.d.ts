// The part of pdfkit (0.20, no bundled types) that lib/server/exports/attestation-pdf.ts draws with.
declare module 'pdfkit' {
  type TextOptions = { width?: number; align?: 'left' | 'center' | 'right'; lineGap?: number; continued?: boolean; lineBreak?: boolean };
  type ImageOptions = { fit?: [number, number]; align?: 'left' | 'center' | 'right'; valign?: 'top' | 'center' | 'bottom' };
  type Margins = { top: number; bottom: number; left: number; right: number };

  class PDFDocument {
    constructor(options?: { size?: string | [number, number]; margins?: Margins; compress?: boolean; info?: Record<string, string>; autoFirstPage?: boolean });
    x: number;
    y: number;
    page: { width: number; height: number; margins: Margins };
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end' | 'error', listener: (error?: Error) => void): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    dash(length: number, options?: { space: number }): this;
    undash(): this;
    text(text: string, options?: TextOptions): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    widthOfString(text: string): number;
    moveDown(lines?: number): this;
    image(src: Buffer, x: number, y: number, options?: ImageOptions): this;
    openImage(src: Buffer): { width: number; height: number };
    rect(x: number, y: number, width: number, height: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(): this;
    end(): void;
  }
  export default PDFDocument;
}
