// Reads the picked file as base64, so main sees its exact bytes and can refuse binary data or invalid UTF-8 by name
// instead of receiving text the browser has already "repaired". Files over the import limit are refused here, before
// they are sent, with the same message the importer gives.
import { encodeBase64 } from '#shared/interchange/base64';
import { MAX_IMPORT_BYTES } from '#shared/interchange/import-input';

export interface PickedFile {
  name: string;
  size: number;
  base64: string;
}

export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new Error(
      `This file is ${mb(file.size)}; Storybank imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files, or export only the stories you need. Nothing was imported.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, base64: encodeBase64(bytes) };
}
