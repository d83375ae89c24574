import { describe, expect, it } from "vitest";
import { ROLE_LABELS, ROLES, roleRank, roleVerbAtStart, strongerRole } from "../../src/domain/index.ts";

describe("roles", () => {
  it("orders roles lead > guide > assist > cooperate > participate > oversee", () => {
    // The order DESIGN.md gives for the matrix cell, written out, not read back from ROLES.
    const shuffled = ["oversee", "assist", "lead", "participate", "guide", "cooperate"] as const;
    expect([...shuffled].sort((a, b) => roleRank(a) - roleRank(b))).toEqual([
      "lead",
      "guide",
      "assist",
      "cooperate",
      "participate",
      "oversee",
    ]);
  });

  it("picks the stronger of two roles either way round", () => {
    expect(strongerRole("assist", "guide")).toBe("guide");
    expect(strongerRole("guide", "assist")).toBe("guide");
  });

  it("gives every role a distinct Chinese label, so colour is never the only cue", () => {
    expect(new Set(Object.values(ROLE_LABELS)).size).toBe(ROLES.length);
  });
});

describe("roleVerbAtStart", () => {
  it("reads the role from the verb a phrase opens with, by the one table of role verbs", () => {
    expect(roleVerbAtStart("协助公安部门查处…")).toBe("assist");
    expect(roleVerbAtStart(" 配合做好…")).toBe("cooperate");
    expect(roleVerbAtStart("负责全镇…")).toBe("lead");
    expect(roleVerbAtStart("做好协助工作")).toBeUndefined();
    // 监督管理 is the lead's own supervision, not 监督 by an overseer.
    expect(roleVerbAtStart("监督管理全镇…")).toBeUndefined();
  });
});
