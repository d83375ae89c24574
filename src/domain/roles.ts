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

/**
 * Verbs that say how a unit is responsible, in the matrix's order (负责 → lead … 监督 → oversee).
 * One table for the importer's guesses and the form's hints: a duty that opens with one of
 * them has that role.
 */
export const ROLE_VERBS: ReadonlyArray<readonly [Role, RegExp]> = [
  ["lead", /负责|主管|牵头/],
  ["guide", /指导/],
  ["assist", /协助/],
  ["cooperate", /配合/],
  ["participate", /参与|参加/],
  ["oversee", /监督(?!管理)|监察/],
];

/** The role whose verb a phrase opens with (协助公安… → assist), if it opens with one. */
export function roleVerbAtStart(phrase: string): Role | undefined {
  const text = phrase.trim();
  return ROLE_VERBS.find(([, verb]) => new RegExp(`^(?:${verb.source})`).test(text))?.[0];
}

/** Roles that help another unit's work rather than lead or guide it (协助, 配合, 参与). */
export const SUPPORTING_ROLES: readonly Role[] = ["assist", "cooperate", "participate"];

/**
 * The words a table's column or a label line uses for the units that bear a task
 * (责任单位 | 牵头单位: …, 配合单位: …), and the role each gives them. Longest first, so 协办
 * is not read as 办.
 */
export const BEARER_LABELS: ReadonlyArray<readonly [Role, RegExp]> = [
  ["cooperate", /^(?:配合|协办|协同|参与|参加)(?:单位|部门|科室|责任单位)$/],
  ["assist", /^协助(?:单位|部门)$/],
  [
    "lead",
    /^(?:责任|牵头|主责|主办|主管|负责|实施|承办)(?:单位|部门|主体|科室|领导|人)?$|^责任单位及责任人$/,
  ],
];

/** The role a column header or label gives the units it names (牵头单位 → lead), if it names units. */
export function roleOfBearerLabel(label: string): Role | undefined {
  const text = label.replace(/[\s\u3000：:]/g, "");
  return BEARER_LABELS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * The verbs table as one line a person reads, from `ROLE_VERBS`: 负责→主责，协助→协助 … (with
 * `ids`, the role ids a YAML file takes: 负责→lead …). The form's hint and the check's message
 * both say it, so they cannot drift from what the importer guesses.
 */
export function roleVerbHint(ids = false): string {
  return ROLE_VERBS.map(([role, pattern]) => {
    const verb = /^[\u4e00-\u9fff]+/.exec(pattern.source)?.[0] ?? role;
    return `${verb}→${ids ? role : ROLE_LABELS[role]}`;
  }).join("，");
}
