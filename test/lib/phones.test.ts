import { describe, expect, it } from "vitest";
import { phoneProblem } from "../../src/domain/index.ts";

describe("phoneProblem", () => {
  it.each([
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    "0632-1234567",
    "010-12345678",
    "0632 1234567",
    "（0632）1234567",
    "(0632) 1234567",
    "0632-1234567转801",
    "0632-1234567-801",
    "400-123-4567",
    "110",
    "119",
    "12345",
    "12350",
    "95598",
  ])("accepts %s as a number one can dial", (number) => {
    expect(phoneProblem(number)).toBeUndefined();
  });

  it.each([
    ["5234567", "缺少区号"],
    ["1381234567", "应为 11 位"],
    ["138123456789", "应为 11 位"],
    ["0632-12345", "位数不对"],
    ["1234567", "位数不对"],
    ["13812345678转1", "只有固定电话有分机"],
    ["电话待定", "不是电话号码"],
    ["0632-1234567 王主任", "不是电话号码"],
  ])("refuses %s and says why (%s)", (number, why) => {
    const found = phoneProblem(number);
    expect(found?.zh).toContain(why);
    expect(found?.en).toMatch(/[a-z]/);
    expect(found?.fixZh).toMatch(/例如/);
  });
});
