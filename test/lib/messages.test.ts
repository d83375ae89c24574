import { describe, expect, it } from "vitest";
import { describeSchemaIssue } from "../../src/schemas/messages.ts";

describe("describeSchemaIssue", () => {
  it("says a required field is missing, naming it", () => {
    expect(
      describeSchemaIssue({
        code: "invalid_type",
        expected: "string",
        path: ["name"],
        message: "Invalid input: expected string, received undefined",
      }),
    ).toEqual({
      message: "缺少必填字段 name / missing required field name",
      fix: "添加 name: … / add name: …",
    });
  });

  it("tells a clerk to quote a number YAML read where text belongs", () => {
    const { message, fix } = describeSchemaIssue({
      code: "invalid_type",
      expected: "string",
      path: ["aliases", 0],
      message: "Invalid input: expected string, received number",
    });
    expect(message).toBe("这里应是文字，YAML 却读成了数字 / expected text, but YAML read a number");
    expect(fix).toContain('"110"');
  });

  it("keeps a message the schema already wrote in both languages", () => {
    const issue = {
      code: "custom",
      path: ["kind"],
      message: "kind 必须是 乡、镇 或 街道 / kind must be 乡, 镇 or 街道",
    };
    expect(describeSchemaIssue(issue).message).toBe(issue.message);
  });
});
