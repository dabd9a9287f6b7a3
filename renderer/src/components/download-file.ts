// Hands a file to the browser as a download (the web bridge has no native save dialog): Blob → object
// URL → <a download>. The CSP does not apply to a download started from an anchor (it is not a fetch or
// a frame), so a blob: URL works. The desktop app never gets here: main saves through the native dialog.
import { decodeBase64 } from '#shared/interchange/base64';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

export function downloadText(fileName: string, text: string, mimeType = 'text/plain;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const bytes = decodeBase64(base64);
  if (!bytes) throw new Error('The exported file did not arrive intact. Try exporting again.');
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
}
