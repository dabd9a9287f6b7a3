// Hands an export from the web bridge to the browser as a download: bytes → Blob → object URL → <a download>.
// The CSP does not apply to a download started from an anchor (it is not a fetch or a frame), so a blob: URL works.
// The desktop app never gets here: main saves through the native dialog and downloads are blocked there.
import { decodeBase64 } from '../../../../shared/interchange/base64';

export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const bytes = decodeBase64(base64);
  if (!bytes) throw new Error('The exported file did not arrive intact. Try exporting again.');
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the browser may start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
