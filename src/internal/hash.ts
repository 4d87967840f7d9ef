// FNV-1a (32-bit) over UTF-8 bytes and murmur3's finaliser: the score of sticky groups (DESIGN.md section 12),
// which a backend in any language can reproduce, and the hash of long FHIR ids.

/** @internal The FNV-1a offset basis. */
export const FNV_OFFSET = 0x811c9dc5;
/** @internal The FNV-1a prime. */
export const FNV_PRIME = 0x01000193;

/** @internal FNV-1a (32-bit) of the UTF-8 bytes of `text`, continued from `hash`. Lone surrogates are written as U+FFFD, as UTF-8 encoders do. */
export function fnv1a(hash: number, text: string): number {
  let h = hash;
  const byte = (b: number) => {
    h = Math.imul(h ^ b, FNV_PRIME);
  };
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = text.charCodeAt(index + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index++;
      } else code = 0xfffd;
    }
    if (code < 0x80) byte(code);
    else if (code < 0x800) {
      byte(0xc0 | (code >> 6));
      byte(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      byte(0xe0 | (code >> 12));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    } else {
      byte(0xf0 | (code >> 18));
      byte(0x80 | ((code >> 12) & 0x3f));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    }
  }
  return h;
}

/** @internal murmur3's finaliser: spreads every input bit over the result (unsigned 32-bit). */
export function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
