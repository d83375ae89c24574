/**
 * The reader's town, remembered in this browser between visits: the lookup and the guides
 * start from it. Kept in localStorage; with storage off (private mode) nothing is
 * remembered and nothing fails.
 */
const TOWN_KEY = "duty-matrix:town";

export function rememberedTown(): string | null {
  try {
    return localStorage.getItem(TOWN_KEY);
  } catch {
    return null;
  }
}

export function rememberTown(town: string): void {
  try {
    localStorage.setItem(TOWN_KEY, town);
  } catch {
    // storage off: the choice holds for this page only
  }
}
