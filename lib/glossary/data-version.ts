/** Versions of data, for artifacts that must never mix two builds or two sets of own terms. */

/** A short, stable hash (FNV-1a, 2 × 32 bits) of the data: changes whenever any byte of it does. */
export function dataVersionOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
