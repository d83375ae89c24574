/**
 * How a unit is responsible for a duty, strongest first. The order is the matrix rule of
 * docs/ARCHITECTURE.md "The matrix": a cell shows the strongest role among a unit's duties in a sector.
 */
export const ROLES = ["lead", "guide", "assist", "cooperate", "participate", "oversee"] as const;

export type Role = (typeof ROLES)[number];

/** The Chinese label shown on badges; the role is never conveyed by colour alone. */
export const ROLE_LABELS: Record<Role, string> = {
  lead: "主责",
  guide: "指导",
  assist: "协助",
  cooperate: "配合",
  participate: "参与",
  oversee: "监督",
};

/** One-line explanations for the legend, in our own words. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  lead: "负责、主管：出了问题首先找它",
  guide: "业务指导，不直接承担监管",
  assist: "协助主责单位开展工作",
  cooperate: "配合其他部门的工作",
  participate: "参与调查、检查等工作",
  oversee: "监督、监察履职情况",
};

/** Rank of a role: 0 is strongest (lead). */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** The stronger of two roles by the matrix order. */
export function strongerRole(a: Role, b: Role): Role {
  return roleRank(a) <= roleRank(b) ? a : b;
}
