import { describe, expect, it } from "vitest";
import { cleanExcerptMarks, filtersFromAddress, searchAddress } from "../../src/lib/search/index.ts";

describe("cleanExcerptMarks", () => {
  it("joins the characters Pagefind marked one by one into the word that was typed", () => {
    expect(
      cleanExcerptMarks("健全安全生产<mark>隐患</mark><mark>排</mark><mark>查</mark>治理", "隐患排查"),
    ).toBe("健全安全生产<mark>隐患排查</mark>治理");
  });

  it("unmarks single characters and words that are not part of the query", () => {
    expect(
      cleanExcerptMarks(
        "在单位页<mark>查</mark><mark>看</mark>，<mark>检查</mark>或<mark>排查</mark>出的<mark>隐患</mark>",
        "隐患排查",
      ),
    ).toBe("在单位页查看，检查或<mark>排查</mark>出的<mark>隐患</mark>");
  });

  it("keeps the mark of a one-character query and of each word of a query with spaces", () => {
    expect(cleanExcerptMarks("<mark>电</mark>力设施", "电")).toBe("<mark>电</mark>力设施");
    expect(cleanExcerptMarks("<mark>液化气</mark>和<mark>网吧</mark>", "液化气 网吧")).toBe(
      "<mark>液化气</mark>和<mark>网吧</mark>",
    );
  });

  it("leaves an excerpt without marks as it was, escaped text included", () => {
    expect(cleanExcerptMarks("A &amp; B", "隐患")).toBe("A &amp; B");
  });
});

describe("filtersFromAddress and searchAddress", () => {
  it("reads back the query and the filters it wrote, values with colons included", () => {
    const address = searchAddress(" 隐患排查 ", [
      ["辖区", "张山子镇"],
      ["辖区", "铜川镇"],
      ["责任类型", "主责"],
      ["领域", "时间:汛期"],
    ]);
    const params = new URLSearchParams(address);
    expect(params.get("q")).toBe("隐患排查");
    expect(filtersFromAddress(params)).toEqual({
      辖区: ["张山子镇", "铜川镇"],
      责任类型: ["主责"],
      领域: ["时间:汛期"],
    });
  });

  it("writes nothing for an empty search, and ignores a filter without a name", () => {
    expect(searchAddress("  ", [])).toBe("");
    expect(filtersFromAddress(new URLSearchParams("f=:x&f=noname"))).toEqual({});
  });
});
