import { MAX_METADATA_BYTES, problem } from './errors';

// ignoreBOM keeps a byte-order mark in the text, so that bytes and text lose exactly one, below.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns the bytes (or text) handed to the checker into the text to parse: refuses oversized input
 * before looking at it, decodes strict UTF-8 (what Entra serves), drops the byte-order mark that
 * Entra's downloads start with, and refuses input with nothing in it.
 */
export function readMetadataText(input: Uint8Array | string): string {
  let text: string;
  if (typeof input === 'string') {
    if (utf8LengthExceeds(input, MAX_METADATA_BYTES)) throw problem('too-large');
    text = input;
  } else {
    if (input.byteLength > MAX_METADATA_BYTES) throw problem('too-large');
    if (startsWithUtf16Bom(input)) throw problem('not-xml', { reason: 'utf-16' });
    try {
      text = utf8Decoder.decode(input);
    } catch {
      throw problem('not-xml', { reason: 'not-utf-8' });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw problem('empty');
  return text;
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  const [b0, b1] = bytes;
  return (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
}

/**
 * Whether a string takes more than `limit` bytes in UTF-8, without encoding it. A UTF-16 code unit
 * takes one to three UTF-8 bytes, so counting is needed only between those bounds.
 */
function utf8LengthExceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes; a lone surrogate becomes U+FFFD, 3 bytes.
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > limit;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
