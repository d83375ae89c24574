import { describe, expect, it } from "vitest";
import { siteAddressWarning } from "../../src/integrations/site-address.ts";

describe("siteAddressWarning", () => {
  it("warns in Chinese and English when SITE_URL is missing or blank, naming the address the calendars would use", () => {
    for (const env of [{}, { SITE_URL: "  " }]) {
      const warning = siteAddressWarning(env);
      expect(warning).toContain("没有设置 SITE_URL");
      expect(warning).toContain("SITE_URL is not set");
      expect(warning).toContain("http://localhost:4321");
    }
  });

  it("says nothing when SITE_URL is set", () => {
    expect(siteAddressWarning({ SITE_URL: "http://10.1.2.3" })).toBeUndefined();
  });
});
