'use client';
import { useEffect, useRef, useState } from 'react';

type Detector = { detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The browser's own QR reader where it has one (Chrome on Android), else null: jsQR reads the pixels. */
function nativeDetector(): Detector | null {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    return new Native({ formats: ['qr_code'] });
  } catch {
    return null;
  }
}

async function readWithJsQr(canvas: HTMLCanvasElement): Promise<string | null> {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  const { default: jsQR } = await import('jsqr');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Reads a QR code from a drawn source: the native detector first, jsQR when it has none or finds nothing. */
async function readCode(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): Promise<string | null> {
  const detector = nativeDetector();
  if (detector) {
    try {
      const [found] = await detector.detect(source);
      if (found?.rawValue) return found.rawValue;
    } catch {
      // Fall through to jsQR.
    }
  }
  const scale = Math.min(1, 1024 / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas.getContext('2d', { willReadFrequently: true })?.drawImage(source, 0, 0, canvas.width, canvas.height);
  return readWithJsQr(canvas);
}

const SAME_CODE_PAUSE_MS = 3_000;

/**
 * Scans participants' QR codes with the phone's camera (rear camera), or from a photo chosen on the
 * device (« Scanner une image »), and hands each code read to `onCode`. The same code seen again by
 * the camera within a few seconds is ignored: it sees a badge many times a second.
 */
export function QrScanner({ onCode, onProblem }: { onCode: (code: string) => void; onProblem: (message: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const [camera, setCamera] = useState(false);

  const accept = (code: string) => {
    const now = Date.now();
    if (last.current && last.current.code === code && now - last.current.at < SAME_CODE_PAUSE_MS) return;
    last.current = { code, at: now };
    onCode(code);
  };

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setCamera(false);
  };

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  useEffect(() => {
    if (!camera) return;
    let running = true;
    const tick = async () => {
      const element = video.current;
      if (!running || !element || !canvas.current) return;
      if (element.readyState >= 2) {
        const code = await readCode(element, element.videoWidth, element.videoHeight, canvas.current);
        if (code && running) accept(code);
      }
      if (running) setTimeout(() => void tick(), 200);
    };
    void tick();
    return () => {
      running = false;
    };
    // accept only reads refs and the latest onCode
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera]);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      onProblem('Cet appareil ne donne pas accès à la caméra : utilisez « Scanner une image » ou la recherche.');
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      setCamera(true);
      requestAnimationFrame(() => {
        if (video.current && stream.current) {
          video.current.srcObject = stream.current;
          void video.current.play().catch(() => undefined);
        }
      });
    } catch {
      onProblem('La caméra n’est pas accessible (autorisation refusée ou caméra occupée) : utilisez « Scanner une image » ou la recherche.');
    }
  };

  const fromFile = async (file: File | undefined) => {
    if (!file || !canvas.current) return;
    try {
      const bitmap = await createImageBitmap(file);
      const code = await readCode(bitmap, bitmap.width, bitmap.height, canvas.current);
      bitmap.close();
      // A photo is chosen on purpose: read again, it is sent again (the pause is for the camera).
      if (code) onCode(code);
      else onProblem('Aucun QR code lisible sur cette image : recadrez la photo, ou cherchez la personne par son nom.');
    } catch {
      onProblem('Cette image ne peut pas être lue : choisissez une photo (JPEG ou PNG).');
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {camera ? (
          <button type="button" onClick={stop} className="min-h-12 rounded-md border border-slate-500 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100">
            Arrêter la caméra
          </button>
        ) : (
          <button type="button" onClick={() => void start()} className="min-h-12 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            Scanner un QR code
          </button>
        )}
        <label className="inline-flex min-h-12 cursor-pointer items-center rounded-md border border-slate-500 bg-white px-4 font-semibold text-slate-900 focus-within:outline-2 focus-within:outline-brand-700 hover:bg-slate-100">
          Scanner une image
          <input
            type="file"
            accept="image/*"
            className="sr-only"
            onChange={(event) => {
              void fromFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {camera ? <video ref={video} muted playsInline aria-label="Image de la caméra" className="max-h-72 w-full rounded-lg bg-black object-cover" /> : null}
      <canvas ref={canvas} hidden />
    </div>
  );
}
