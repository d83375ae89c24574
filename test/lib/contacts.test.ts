import { describe, expect, it } from "vitest";
import {
  contactLines,
  contactSentence,
  daysBetween,
  isStale,
  phoneToCall,
  today,
} from "../../src/lib/contacts/index.ts";

const CONTACT = {
  unit: "police",
  person: "王某（所长）",
  officePhone: "0632-1234567",
  dutyPhone: "110",
  checked: "2026-01-01",
};

describe("contacts", () => {
  it("marks a contact 待核实 only once it is older than the site allows", () => {
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
    expect(isStale(CONTACT, "2026-12-31", 365)).toBe(false);
    expect(isStale(CONTACT, "2027-01-02", 365)).toBe(true);
    expect(isStale(CONTACT, "2026-03-01", 30)).toBe(true);
  });

  it("reads out the duty phone first, then the office phone, and nothing for a contact without a phone", () => {
    expect(phoneToCall(CONTACT)).toBe("值班电话 110");
    expect(phoneToCall({ ...CONTACT, dutyPhone: undefined })).toBe("办公电话 0632-1234567");
    expect(phoneToCall({ unit: "police", person: "王某", checked: "2026-01-01" })).toBe("");
    expect(phoneToCall(undefined)).toBe("");
  });

  it("says on every line that the office keeps the contact, and when it was checked", () => {
    expect(contactLines(CONTACT).map((line) => line.label)).toEqual(["负责人", "办公电话", "值班电话"]);
    expect(contactSentence(CONTACT, false)).toBe(
      "负责人 王某（所长） · 办公电话 0632-1234567 · 值班电话 110（本单位维护，核实于 2026-01-01）",
    );
    expect(contactSentence(CONTACT, true)).toContain("，待核实）");
    expect(today(new Date("2026-12-04T10:00:00Z"))).toBe("2026-12-04");
  });
});
