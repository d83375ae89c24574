import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mergeLookupIndexes, type LookupIndex } from "../../src/lib/lookup/index.ts";
import { type Model } from "../../src/lib/model/index.ts";
import { roleRank, type Role } from "../../src/domain/index.ts";
import { PROJECT_ROOT, pipelineOf } from "../helpers/fixture.ts";
import { brokenLinks, builtPages, DIST, json, page, text } from "../helpers/built-site.ts";

interface ApiDuty {
  id: string;
  unit: string;
  unitName: string;
  text: string;
  role: Role;
  source: string;
  clause: string;
  clauseAnchor: string;
  url: string;
}

let model: Model;
beforeAll(() => {
  const result = pipelineOf(PROJECT_ROOT);
  expect(result.problems).toEqual([]);
  model = result.model!;
});

describe("/api/duties.json", () => {
  it("holds every duty of the content, once", () => {
    const duties = json<ApiDuty[]>("api/duties.json");
    expect(duties.map((d) => d.id).sort()).toEqual(model.duties.map((d) => d.id).sort());
  });

  it("points every duty at an anchor on its unit page that shows its exact text", () => {
    const pages = new Map<string, ReturnType<typeof page>>();
    for (const duty of json<ApiDuty[]>("api/duties.json")) {
      const [path, anchor] = duty.url.split("#");
      if (!pages.has(path!)) pages.set(path!, page(path!));
      const item = pages.get(path!)!.getElementById(anchor!);
      expect(item, duty.url).not.toBeNull();
      expect(text(item!.querySelector(".duty-text"))).toBe(duty.text.replace(/\s+/g, " ").trim());
      expect(item!.getAttribute("data-role")).toBe(duty.role);
    }
  });

  it("gives every duty a clause that resolves on the source page", () => {
    const sources = new Map<string, ReturnType<typeof page>>();
    for (const duty of json<ApiDuty[]>("api/duties.json")) {
      if (!sources.has(duty.source)) sources.set(duty.source, page(`/sources/${duty.source}/`));
      const clause = sources.get(duty.source)!.getElementById(duty.clauseAnchor);
      expect(clause?.getAttribute("data-clause"), duty.id).toBe(duty.clause);
    }
  });
});

describe("source pages", () => {
  it("link every clause that has encoded duties to each of those duties", () => {
    for (const source of model.sources.values()) {
      const html = page(`/sources/${source.id}/`);
      for (const [clauseId, duties] of source.dutiesByClause) {
        const clause = html.querySelector(`[data-clause="${clauseId}"]`)!;
        const links = clause.querySelectorAll(".clause-links a").map((a) => a.getAttribute("href"));
        for (const duty of duties)
          expect(links, clauseId).toContain(
            `/${duty.jurisdiction}/units/${duty.unit.split("/")[1]}/#${duty.anchor}`,
          );
      }
    }
  });
});

describe("unit pages", () => {
  it("list all of the unit's own duties", () => {
    for (const unit of model.units.values()) {
      const html = page(`/${unit.data.jurisdiction}/units/${unit.slug}/`);
      const own = html.querySelectorAll("li.duty[id]").map((li) => li.getAttribute("id"));
      expect(own, unit.key).toEqual(expect.arrayContaining(unit.duties.map((d) => d.anchor)));
      expect(own).toHaveLength(unit.duties.length);
    }
  });

  it("show the common duties on a department page, as applying", () => {
    const html = page("/zhangshanzi/units/water-station/");
    const applying = html.querySelectorAll(".applies li.duty");
    expect(applying.length).toBe(model.units.get("zhangshanzi/supervising-departments")!.duties.length);
    expect(applying.every((li) => li.getAttribute("id") === undefined)).toBe(true);
  });
});

describe("sector pages", () => {
  it("list the lead unit first, then by role", () => {
    const html = page("/zhangshanzi/sectors/fire/");
    const entries = html
      .querySelectorAll(".responsibility-summary li")
      .map((li) => [li.getAttribute("data-unit-name"), li.getAttribute("data-role")]);
    expect(entries[0]).toEqual(["张山子派出所", "lead"]);
    expect(entries).toContainEqual(["镇文旅办", "assist"]);
  });

  it("are ordered strongest role first on every sector page", () => {
    for (const town of model.towns) {
      for (const sector of town.matrix.sectors) {
        const roles = page(`/${town.id}/sectors/${sector}/`)
          .querySelectorAll(".responsibility-summary li")
          .map((li) => roleRank(li.getAttribute("data-role") as Role));
        expect(roles, sector).toEqual([...roles].sort((a, b) => a - b));
        expect(roles.length, sector).toBeGreaterThan(0);
      }
    }
  });
});

describe("the matrix page", () => {
  it("has a column for every unit and a row for every sector in use", () => {
    const html = page("/zhangshanzi/");
    const town = model.towns.find((t) => t.id === "zhangshanzi")!;
    const columns = html
      .querySelectorAll("table.matrix thead th.unit-head a")
      .map((a) => a.getAttribute("title"));
    expect(columns).toEqual(town.matrix.units.map((key) => model.units.get(key)!.data.name));
    const rows = html
      .querySelectorAll("table.matrix tbody tr[data-sector]")
      .map((tr) => tr.getAttribute("data-sector"));
    expect(rows).toEqual(town.matrix.sectors);
  });

  it("shows 主责 in the police station's column for its six public-safety sectors", () => {
    const html = page("/zhangshanzi/");
    for (const sector of [
      "fire",
      "hazardous-chemicals",
      "fireworks",
      "civil-explosives",
      "mass-gatherings",
      "nine-small-venues",
    ]) {
      const cell = html.querySelector(`tr[data-sector="${sector}"] td[data-unit="police-station"]`);
      expect(cell?.getAttribute("data-role"), sector).toBe("lead");
      expect(text(cell), sector).toContain("主责");
    }
  });

  it("uses a real table with header cells and scopes", () => {
    const table = page("/zhangshanzi/").querySelector("table.matrix")!;
    expect(table.querySelector("caption")).not.toBeNull();
    expect(table.querySelectorAll("thead th").every((th) => th.getAttribute("scope") === "col")).toBe(true);
    expect(
      table.querySelectorAll("tbody tr[data-sector] th").every((th) => th.getAttribute("scope") === "row"),
    ).toBe(true);
  });
});

describe("the post comparison pages", () => {
  it("show the party secretary's duties of 铜川镇 and 张山子镇 side by side, each with its clause", () => {
    const html = page("/posts/party-secretary/");
    const columns = html.querySelectorAll(".compare-column");
    const towns = columns.map((column) => column.getAttribute("data-town"));
    expect(towns).toEqual(expect.arrayContaining(["zhangshanzi", "tongchuan"]));
    for (const town of ["zhangshanzi", "tongchuan"]) {
      const column = columns.find((c) => c.getAttribute("data-town") === town)!;
      const own = model.units.get(`${town}/party-secretary`)!.duties;
      const shown = column.querySelectorAll(".duty-text").map((p) => text(p));
      expect(shown).toEqual(expect.arrayContaining(own.map((d) => d.text.replace(/\s+/g, " ").trim())));
      const clauseLinks = column.querySelectorAll("a.clause-ref").map((a) => a.getAttribute("href"));
      expect(clauseLinks.length).toBeGreaterThanOrEqual(own.length);
    }
  });
});

describe("the home page", () => {
  it("says which town its search box asks, and lists real towns before the samples, set apart", () => {
    const home = page("/");
    const homeTown = model.towns.find((town) => town.home)!;
    expect(text(home.querySelector("[data-search-scope]")!)).toContain(`默认查${homeTown.data.name}`);
    const cards = home
      .querySelectorAll(".card[data-town-name]")
      .map((card) => card.getAttribute("data-town-name"));
    const standing = (name: string | undefined) =>
      model.towns.find((town) => town.data.name === name)!.standing;
    const firstSample = cards.findIndex((name) => standing(name) !== "town");
    expect(firstSample).toBeGreaterThan(0);
    expect(cards.slice(firstSample).every((name) => standing(name) !== "town")).toBe(true);
    expect(home.querySelector("[data-samples-note]")?.text).toContain("不是哪一个实际的镇");
  });
});

describe("the sample site, as content/site.yaml describes it", () => {
  it("takes its name from site.yaml on every page, and publishes the 范本 and 汇编 it asks for", () => {
    const site = readFileSync(join(PROJECT_ROOT, "content", "site.yaml"), "utf8");
    const title = /^title: (.+)$/m.exec(site)![1]!;
    expect(/^showSamples: true$/m.test(site)).toBe(true);
    for (const path of ["/", "/lookup/", "/zhangshanzi/"]) {
      expect(text(page(path).querySelector(".site-title"))).toBe(title);
      expect(text(page(path).querySelector("title"))).toMatch(new RegExp(` · ${title}$`));
    }
    expect(model.towns.some((town) => town.standing === "template")).toBe(true);
    expect(existsSync(join(DIST, "guangxi-template", "index.html"))).toBe(true);
  });

  it("has a county overview of its real towns, linked from the home page, and none of the 范本", () => {
    const county = page("/county/");
    const columns = county
      .querySelectorAll("#county-overview thead th[data-town]")
      .map((th) => th.getAttribute("data-town"));
    expect(columns).toEqual(model.towns.filter((town) => town.standing === "town").map((town) => town.id));
    expect(page("/").querySelector(".county-link a")?.getAttribute("href")).toBe("/county/");
  });
});

describe("the sources index", () => {
  it("lists every source with its encoded duty count", () => {
    const cards = page("/sources/")
      .querySelectorAll(".card")
      .map((card) => text(card));
    for (const source of model.sources.values()) {
      const count = model.duties.filter((d) => d.source === source.id).length;
      expect(
        cards.some((card) => card.includes(source.data.title) && card.includes(`已编码 ${count} 条职责`)),
        source.id,
      ).toBe(true);
    }
  });
});

describe("every built page", () => {
  const pages = builtPages();

  it("declares Simplified Chinese", () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages)
      expect(page(path).querySelector("html")?.getAttribute("lang"), path).toBe("zh-CN");
  });

  it("references no external host", () => {
    for (const path of pages) {
      const urls = page(path)
        .querySelectorAll("[href], [src]")
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "");
      expect(
        urls.filter((url) => /^(https?:)?\/\//.test(url)),
        path,
      ).toEqual([]);
    }
  });

  it("carries a strict Content-Security-Policy and nothing inline it would have to allow", () => {
    for (const path of pages) {
      const html = page(path);
      const csp =
        html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain("unsafe-inline");
      // Event-handler and style attributes are inline code the policy blocks.
      const inline = html
        .querySelectorAll("*")
        .flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name) || name === "style"))
        .map((name) => `${path}: ${name}`);
      expect(inline, path).toEqual([]);
      // The policy holds no hashes: a script or a stylesheet written into the page would not run.
      const inlineCode = [
        ...html
          .querySelectorAll("script")
          .filter((script) => !script.getAttribute("src") && !/json/.test(script.getAttribute("type") ?? "")),
        ...html.querySelectorAll("style"),
      ].map((el) => `${path}: <${el.tagName.toLowerCase()}>${el.text.slice(0, 60)}`);
      expect(inlineCode, path).toEqual([]);
      expect(csp, path).not.toMatch(/sha256-/);
    }
  });

  it("links only to pages and anchors that exist", () => {
    const broken = brokenLinks(DIST);
    expect(broken).toEqual([]);
  });

  it("ships no form editor: /admin/ and Decap CMS exist only under npm run edit", () => {
    expect(existsSync(join(DIST, "admin"))).toBe(false);
    const files = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) =>
      /\.(js|html)$/.test(file),
    );
    const withEditor = files.filter((file) =>
      /decap|netlify-cms|CMS_MANUAL_INIT/i.test(readFileSync(join(DIST, file), "utf8")),
    );
    expect(withEditor).toEqual([]);
  });

  it("includes the Pagefind search index", () => {
    expect(
      json<{ languages: Record<string, unknown> }>("pagefind/pagefind-entry.json").languages,
    ).toHaveProperty("zh-cn");
  });
});

describe("lookup indexes", () => {
  interface BuiltIndex {
    scope: string;
    towns: Array<[string, string]>;
    units: Array<[number, string, string, string, string[]]>;
    duties: Array<[number, Role, number[], string, string, string, string]>;
  }

  it("exist for every town, each holding exactly its town's duties, and none for all towns at once", () => {
    expect(existsSync(join(DIST, "lookup", "all.json"))).toBe(false);
    for (const town of model.towns) {
      const index = json<BuiltIndex>(`lookup/${town.id}.json`);
      expect(index.scope).toBe(town.id);
      const expected = model.duties.filter((d) => d.jurisdiction === town.id).map((d) => d.text);
      expect(index.duties.map((d) => d[3]).sort(), town.id).toEqual(expected.sort());
    }
  });

  it("point every duty at a unit-page anchor and a source clause that exist in the built site", () => {
    const all = mergeLookupIndexes(
      model.towns.map((town) => json<LookupIndex>(`lookup/${town.id}.json`)),
    ) as unknown as BuiltIndex;
    const pages = new Map<string, ReturnType<typeof page>>();
    const load = (path: string) => {
      if (!pages.has(path)) pages.set(path, page(path));
      return pages.get(path)!;
    };
    for (const [unit, role, , text, , clauseHref, anchor] of all.duties) {
      const unitPath = all.units[unit]![3];
      const item = load(unitPath).getElementById(anchor);
      expect(item?.getAttribute("data-role"), `${unitPath}#${anchor}`).toBe(role);
      expect(item?.querySelector(".duty-text")?.textContent.trim()).toBe(text.replace(/\s+/g, " ").trim());
      const [sourcePath, clauseAnchor] = clauseHref.split("#");
      expect(load(sourcePath!).getElementById(clauseAnchor!), clauseHref).not.toBeNull();
    }
  });
});

describe("the glossary", () => {
  it("defines every term and links each to at least one source clause", () => {
    const glossary = page("/glossary/");
    for (const term of model.terms) {
      const entry = glossary.getElementById(`term-${term.id}`);
      expect(entry, term.id).not.toBeNull();
      const clauseLinks = entry!.querySelectorAll('.term-occurrences a[href^="/sources/"]');
      expect(clauseLinks.length, term.data.name).toBeGreaterThan(0);
    }
    expect(model.terms.length).toBeGreaterThanOrEqual(20);
  });

  it("links a term in a duty text without changing the quoted words", () => {
    const duty = page("/zhangshanzi/units/police-station/")
      .querySelectorAll("li.duty")
      .find((li) => text(li.querySelector(".duty-text")).includes("九小场所"))!;
    expect(text(duty.querySelector(".duty-text"))).toBe("负责“九小场所”的安全管理；");
    expect(duty.querySelector(".duty-text a.term-link")?.getAttribute("href")).toBe(
      "/glossary/#term-nine-small-venues",
    );
  });
});
