/**
 * The content type of evidence, sniffed from its first bytes (never taken from the
 * uploader's word). Only raster images are previewed inline; everything else, SVG and
 * HTML included, is served as an attachment.
 */

export type Sniffed = { contentType: string; preview: boolean };

const RASTER = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** True for the raster image types that are safe to preview inline. */
export function isRasterImage(contentType: string): boolean {
  return RASTER.has(contentType);
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Decodes the head as UTF-8 text, or null when it holds bytes no text file has. */
function textOf(head: Uint8Array): string | null {
  for (const x of head) if (x === 0 || (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1b)) return null;
  try {
    // A multi-byte character cut at the end of the head is not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
  } catch {
    return null;
  }
}

function lastCompleteUtf8(b: Uint8Array): number {
  let i = b.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (b[i]! & 0xc0) === 0x80) { i--; back++; }
  if (i < 0) return b.length;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? i : b.length;
}

function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 6);
  if (lines.length < 2) return false;
  for (const sep of [',', ';', '\t']) {
    const counts = lines.map((l) => l.split(sep).length - 1);
    if (counts[0]! >= 1 && counts.every((c) => c === counts[0])) return true;
  }
  return false;
}

/**
 * The content type of bytes starting with `head` (the first few KiB are enough).
 * `kind` is what the uploader said it is: pasted text stays text whatever it holds.
 */
export function sniffContentType(head: Uint8Array, kind: 'file' | 'text' | 'link' = 'file'): Sniffed {
  const type = sniffType(head, kind);
  return { contentType: type, preview: isRasterImage(type) };
}

function sniffType(head: Uint8Array, kind: 'file' | 'text' | 'link'): string {
  if (kind === 'link') return 'text/uri-list';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0x1f, 0x8b])) return 'application/gzip';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'application/zip';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'application/zstd';
  if (ascii(head, 0, 6) === '7z\xbc\xaf\x27\x1c') return 'application/x-7z-compressed';
  if (ascii(head, 257, 262) === 'ustar') return 'application/x-tar';
  if (ascii(head, 0, 16) === 'SQLite format 3\u0000') return 'application/vnd.sqlite3';
  if (ascii(head, 0, 5) === 'PGDMP') return 'application/x-postgresql-dump';
  const text = textOf(startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head);
  if (text === null) return 'application/octet-stream';
  if (kind === 'text') return 'text/plain; charset=utf-8';
  const t = text.trimStart().slice(0, 1000).toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(t)) return 'image/svg+xml';
  if (/^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>])/.test(t)) return 'text/html';
  if (t.startsWith('<?xml')) return 'application/xml';
  if (/^[[{]/.test(t)) return 'application/json';
  if (looksLikeCsv(text)) return 'text/csv; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
