// A QR code drawn as one SVG path: sharp at any size and in print, and no image to download.
// The qrcode package does the encoding (error correction M); this only draws its modules.
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The four-module light border a scanner needs around the code. */
const QUIET_ZONE = 4;

interface QrCodeProps {
  text: string;
  label: string;
  className?: string;
  /** Shown instead when the text is too long for any QR code. */
  tooLong?: React.ReactNode;
}

export function QrCode({ text, label, className, tooLong = null }: QrCodeProps) {
  const drawing = useMemo(() => {
    try {
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      let path = '';
      for (let row = 0; row < modules.size; row += 1) {
        for (let column = 0; column < modules.size; column += 1) {
          if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
        }
      }
      return { path, size: modules.size + QUIET_ZONE * 2 };
    } catch {
      return undefined; // too long for any QR code: the caller still shows the link itself
    }
  }, [text]);
  if (!drawing) return tooLong;
  return (
    <svg className={className ?? 'qr-code'} role="img" aria-label={label} viewBox={`0 0 ${drawing.size} ${drawing.size}`} shapeRendering="crispEdges">
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
