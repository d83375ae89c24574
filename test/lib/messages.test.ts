import { describe, expect, it } from "vitest";
import { hiddenInReference } from "../../src/schemas/invisible.ts";
import { describeSchemaIssue, withFix } from "../../src/schemas/messages.ts";

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

  it("translates zod's English defaults for empty text, short lists and values outside a list", () => {
    expect(
      describeSchemaIssue({
        code: "too_small",
        origin: "string",
        minimum: 1,
        path: ["aliases", 0],
        message: "Too small",
      }).message,
    ).toBe("这里不能是空的 / this may not be empty");
    expect(
      describeSchemaIssue({
        code: "too_small",
        origin: "array",
        minimum: 1,
        path: ["duties"],
        message: "Too small",
      }).message,
    ).toBe("这个列表至少要有 1 项 / the list needs at least 1 item(s)");
    expect(
      describeSchemaIssue({
        code: "invalid_value",
        values: ["a", "b"],
        path: ["kind"],
        message: "Invalid option",
      }).message,
    ).toBe("kind 必须是 a、b 之一 / kind must be one of a, b");
  });

  it("gives a schema message's own fix instead of the generic one", () => {
    const { message, fix } = describeSchemaIssue({
      code: "custom",
      path: ["aliases", 0],
      message: withFix("这个词是空白的 / the word is blank", "删除这一项 / delete the item"),
    });
    expect({ message, fix }).toEqual({
      message: "这个词是空白的 / the word is blank",
      fix: "删除这一项 / delete the item",
    });
  });
});

describe("hiddenInReference", () => {
  it("names a hidden character and where it is, and the value without it", () => {
    expect(hiddenInReference("二2\u200b第1段")).toEqual({
      description: "在第 2 个字后有一个零宽空格 U+200B / a zero-width space U+200B after character 2",
      cleaned: "二2第1段",
    });
    expect(hiddenInReference("四(二)6 ")?.description).toContain("末尾有一个空格 U+0020");
  });

  it("leaves the space between a part and its clause alone (篇二 三(三)1)", () => {
    expect(hiddenInReference("篇二 三(三)1")).toBeUndefined();
  });
});
