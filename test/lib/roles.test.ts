import { describe, expect, it } from "vitest";
import { ROLE_LABELS, ROLES, roleRank, strongerRole } from "../../src/domain/index.ts";

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
