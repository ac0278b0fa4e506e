/**
 * Ingest stage 1, decode: the bytes of a seed file → text.
 *
 * Pure: no file system. Every error names the file (SeedError). The only changes made to the text
 * are the ones listed below, each reported as a warning, because metric quotes must be verbatim
 * substrings of the decoded text:
 *   - a leading UTF-8 byte order mark is removed;
 *   - CRLF and lone CR line endings become LF;
 *   - the text is put in Unicode NFC (Vietnamese text is often stored decomposed).
 * Rejected: invalid UTF-8 (with the byte offset), empty or whitespace-only files, binary files
 * (any NUL byte, or more than 10% control characters).
 */

export class SeedError extends Error {
  constructor(
    public file: string,
    public reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SeedError';
  }
}

export interface Decoded {
  text: string;
  warnings: string[];
}

/** Share of control characters above which a file is taken for binary. */
const CONTROL_SHARE_LIMIT = 0.1;

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or -1 when all bytes are well-formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** C0 controls other than tab, LF, VT, FF, CR; DEL; C1 controls. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/** bytes → text (see the module comment for what is normalised and what is rejected). */
export function decodeSeed(file: string, bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new SeedError(file, 'empty file');
  if (bytes.includes(0)) throw new SeedError(file, 'binary file, not text');

  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    throw new SeedError(file, `invalid UTF-8 at byte ${bad} (0x${hex})`);
  }
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push('stripped the UTF-8 byte order mark');
  }

  let controls = 0;
  let chars = 0;
  for (const ch of text) {
    chars += 1;
    if (isControl(ch.codePointAt(0)!)) controls += 1;
  }
  if (chars > 0 && controls / chars > CONTROL_SHARE_LIMIT) throw new SeedError(file, 'binary file, not text');
  if (text.trim() === '') throw new SeedError(file, 'empty file');

  if (text.includes('\r')) {
    const crlf = (text.match(/\r\n/g) ?? []).length;
    const cr = (text.match(/\r(?!\n)/g) ?? []).length;
    text = text.replace(/\r\n?/g, '\n');
    const parts = [crlf ? `${crlf} CRLF` : '', cr ? `${cr} CR` : ''].filter(Boolean).join(' and ');
    warnings.push(`converted ${parts} line ending(s) to LF`);
  }

  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    warnings.push(`normalised the text to Unicode NFC (length ${text.length} → ${nfc.length})`);
    text = nfc;
  }
  return { text, warnings };
}
