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
