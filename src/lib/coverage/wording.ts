/** What a 盲区 is, in the words every page that shows gaps uses. */
export const GAP_MEANING = "有职责但没有主责单位";

/** A town whose every sector with duties has a lead. */
export const NO_GAPS = "没有盲区：每个有职责的领域都有主责单位。";
