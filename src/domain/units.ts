/** Who bears duties (docs/ARCHITECTURE.md "Roles and units"), in the order a town's units are listed. */
export const UNIT_KINDS = ["post", "body", "department", "village", "enterprise", "group"] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

/** The Chinese name of each kind, as the pages and the editor show it. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  post: "岗位",
  body: "机构",
  department: "站所部门",
  village: "村（居）",
  enterprise: "生产经营单位",
  group: "统称",
};
