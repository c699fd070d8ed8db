/**
 * Writing direction of a language: right to left for the scripts that run so (Arabic, Hebrew,
 * Persian, Urdu and their kin), else left to right. Used by the elements, the image badges and
 * the embed pages, so that all of them mirror for the same languages.
 */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|pa-arab|ps|sd|ug|ur|yi)(-|$)/i;

/** `rtl` or `ltr` for a BCP 47 tag (`ar`, `ar-EG`, `fa-IR` → `rtl`). */
export function direction(lang: string): 'ltr' | 'rtl' {
  return RTL.test(String(lang).trim()) ? 'rtl' : 'ltr';
}
