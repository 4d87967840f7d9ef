import type { Id } from "../../model/types.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) of the UTF-8 bytes of `text`, continued from `hash`. Lone surrogates are written as U+FFFD, as UTF-8 encoders do. */
function fnv1a(hash: number, text: string): number {
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

/** murmur3's finaliser: spreads every input bit over the result (unsigned 32-bit). */
function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** @internal The FNV-1a state after `patientId + "\u0000"`, the prefix every member's score shares. */
export function stickyPrefix(patientId: string): number {
  return Math.imul(fnv1a(FNV_OFFSET, patientId), FNV_PRIME); // the NUL byte: h ^ 0 = h
}

/**
 * @internal The score of a member for a patient (DESIGN.md section 12): fmix32 of the FNV-1a 32-bit hash of
 * the UTF-8 bytes of `patient.id + "\u0000" + memberId`, from {@link stickyPrefix}.
 */
export function stickyScore(prefix: number, memberId: Id): number {
  return fmix32(fnv1a(prefix, memberId));
}

/**
 * @internal The group's members in the order a sticky group tries them for a patient: highest score first,
 * ties by smaller id; each id once.
 */
export function stickyOrder(patientId: string, members: readonly Id[]): Id[] {
  const prefix = stickyPrefix(patientId);
  const scored = [...new Set(members)].map((id) => ({ id, score: stickyScore(prefix, id) }));
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.map((entry) => entry.id);
}
