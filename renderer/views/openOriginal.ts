/**
 * "Open original": the kept file of an article read from one (a PDF). Electron opens it in the
 * system's viewer (host.openOriginal writes a temporary copy, its policy deciding what may be
 * opened); the browser host cannot, so the page hands the bytes to the browser as a download.
 */
import { api } from '../api';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Answers what happened, in words for a toast. */
export async function openOriginal(id: number): Promise<string> {
  const file = await api.call('library.original', { id });
  const { opened } = await api.call('host.openOriginal', file);
  if (opened) return `Opened “${file.name}” in your PDF viewer.`;
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has started from the link's click; the object URL can go once the browser took it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `Downloading “${file.name}”: open it from your browser’s downloads.`;
}
