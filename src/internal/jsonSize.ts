// Byte counting for the 32 MiB cap, without encoding anything and stopping as soon as the cap is passed.

/** Whether the UTF-8 encoding of `text` is larger than `limit` bytes (a lone surrogate counts 3, as U+FFFD). */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * The size of `JSON.stringify(text)` in UTF-8 (quotes and escapes included; a lone surrogate is an escape of 6),
 * or any number above `limit` once it is passed.
 */
export function jsonStringBytes(text: string, limit: number): number {
  let bytes = 2;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20) bytes += unit === 8 || unit === 9 || unit === 10 || unit === 12 || unit === 13 ? 2 : 6;
    else if (unit === 0x22 || unit === 0x5c) bytes += 2;
    else if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += isHighSurrogate(unit) || isLowSurrogate(unit) ? 6 : 3; // a lone surrogate is written as an escape
  }
  return bytes;
}

/**
 * An upper bound of the UTF-8 size of the compact JSON of whatever JSON text `text` holds: its own UTF-8 size,
 * counting a lone surrogate 6 (`JSON.stringify` writes it as an escape); escapes and whitespace only shrink.
 * Six bytes per code unit bound it too: when that is within `limit`, the text is not read.
 */
export function compactBytesBound(text: string, limit: number): number {
  if (text.length * 6 <= limit) return text.length * 6;
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 2; // 4 bytes for the two units
      index++;
    } else bytes += isHighSurrogate(unit) || isLowSurrogate(unit) ? 5 : 2;
  }
  return bytes;
}

/** The number of Unicode code points of `text` (JSON Schema's `maxLength` unit). */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    if (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))) {
      length--;
      index++;
    }
  }
  return length;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
