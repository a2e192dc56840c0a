/** Units compare as an editor reads them: case, spacing and Unicode form do not matter. */
export function normalUnit(unit: string): string {
  return unit.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export function sameUnit(a: string, b: string): boolean {
  return normalUnit(a) === normalUnit(b);
}
