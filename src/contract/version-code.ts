/**
 * The short, readable code of a version of the contract: the first eight characters
 * of its fingerprint in two groups of four ("3f9a 0c2e"), which two people can read
 * aloud to each other to see they hold the same version. The full fingerprint stays
 * in the PDF footers and in a "for checking later" detail, for `verify`.
 */
export function versionCode(fingerprint: string): string {
  return `${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 8)}`;
}
