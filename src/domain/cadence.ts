/** How often a recurring duty falls due. */
export const CADENCE_PERIODS = ["month", "quarter", "half-year", "year", "periodic"] as const;

export type CadencePeriod = (typeof CADENCE_PERIODS)[number];

/** How each period reads on the page. */
export const CADENCE_LABELS: Record<CadencePeriod, string> = {
  month: "每月",
  quarter: "每季度",
  "half-year": "每半年",
  year: "每年",
  periodic: "定期",
};

/**
 * The words a text uses for a recurrence with no fixed period, longest first (不定期 holds
 * 定期). A periodic cadence reads as the word its own phrase uses: 适时召开专题会议 is 适时
 * (when the occasion calls), not 定期 (at regular intervals).
 */
export const PERIODIC_WORDS = ["不定期", "适时", "定期", "经常", "随时"] as const;

/** How a cadence reads on the page: its period, or for a periodic one the word its phrase uses. */
export function cadenceLabel(cadence: { every: CadencePeriod; phrase: string }): string {
  if (cadence.every !== "periodic") return CADENCE_LABELS[cadence.every];
  return PERIODIC_WORDS.find((word) => cadence.phrase.includes(word)) ?? CADENCE_LABELS.periodic;
}
