import { describe, expect, it } from "vitest";
import { charSoundsOf, soundAlike, soundOf, stringsOf } from "../../src/lib/lookup/index.ts";

const sounds = charSoundsOf(["液化气 液花气", "消防 消放", "沼气池 沼汽池 爆炸", "燃气 网吧"]);

describe("typos by sound", () => {
  it("reads each character without its tone, from the texts it was built from", () => {
    expect(soundOf("液化气", sounds)).toBe("ye hua qi");
    expect(soundOf("液花气", sounds)).toBe("ye hua qi");
    // A character the texts never use has no reading: no guess is made from it.
    expect(soundOf("液化氢", sounds)).toBeUndefined();
  });

  it("finds the vocabulary word a misspelt word sounds like, also inside a longer word", () => {
    const vocabulary = ["液化气", "消防", "沼气池", "燃气", "网吧"];
    expect(soundAlike("液花气", vocabulary, sounds)).toEqual({ written: "液花气", meant: "液化气" });
    expect(soundAlike("消放", vocabulary, sounds)).toEqual({ written: "消放", meant: "消防" });
    expect(soundAlike("沼汽池爆炸", vocabulary, sounds)).toEqual({ written: "沼汽池", meant: "沼气池" });
    // A word written right, or one nothing sounds like, is no typo.
    expect(soundAlike("液化气", vocabulary, sounds)).toBeUndefined();
    expect(soundAlike("爆炸", vocabulary, sounds)).toBeUndefined();
  });

  it("collects the strings of an index, whatever its shape", () => {
    expect(stringsOf({ a: ["液化气", { b: "网吧" }], c: 3 })).toEqual(["液化气", "网吧"]);
  });
});
