import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OCCASION_LABEL, SEASON_WORDS } from "../../src/lib/calendar/index.ts";
import { PERIODIC_WORDS } from "../../src/domain/index.ts";
import { type Model } from "../../src/lib/model/index.ts";
import { guidePathForTown, guideTowns } from "../../src/lib/onboarding/index.ts";
import { DIST, page } from "../helpers/built-site.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";
import { parseIcs } from "../helpers/ical.ts";

let model: Model;
beforeAll(() => {
  model = modelOf(PROJECT_ROOT);
});

/** Labels of entries that have no date, so no event: 定期/适时…, meetings and events, and the season words. */
const UNDATED: string[] = [...PERIODIC_WORDS, OCCASION_LABEL, ...SEASON_WORDS];

const ics = (path: string) => parseIcs(readFileSync(join(DIST, path), "utf8"));

describe("the .ics files", () => {
  it("give the 广西 template's report deadlines as yearly events on 7月5日 and 次年1月5日", () => {
    const { events } = ics("guangxi-template/calendar.ics");
    const reports = events.filter((e) => e.description.includes("履职报告书"));
    expect(reports.map((e) => [e.summary, e.occurrences(2)])).toEqual([
      ["〔7月5日前〕全乡（考核与时限）：20__年7月5日前", ["2020-07-05", "2021-07-05"]],
      ["〔次年1月5日前〕全乡（考核与时限）：20__年1月5日前", ["2021-01-05", "2022-01-05"]],
    ]);
  });

  it("repeat the 张山子镇 party secretary's half-yearly 党委会 every six months from the document's year", () => {
    const { name, events } = ics("zhangshanzi/calendar/party-secretary.ics");
    expect(name).toBe("镇党委主要负责人（书记） 安全生产工作日历");
    const meeting = events.find((e) => e.summary.includes("每半年主持召开 1 次党委会"))!;
    expect(meeting.rrule).toBe("FREQ=MONTHLY;INTERVAL=6");
    expect(meeting.occurrences(3)).toEqual(["2020-01-01", "2020-07-01", "2021-01-01"]);
    expect(meeting.description).toContain("出处：张发〔2020〕47号 二(一)2");
  });

  it("hold one event per dated or recurring entry of each town, every one parseable", () => {
    for (const town of model.towns) {
      const html = page(`/${town.id}/calendar/`);
      const timed = html
        .querySelectorAll(".calendar-entry")
        .filter((li) => !UNDATED.includes(li.querySelector(".calendar-when")!.text.trim()));
      expect(ics(`${town.id}/calendar.ics`).events, town.id).toHaveLength(timed.length);
    }
  });
});

describe("the calendar page", () => {
  it("files a meeting or an event as 不定期, never as a season, and a season with what is due then", () => {
    const html = page("/guangxi-template/calendar/");
    const entryIn = (section: string) =>
      html
        .getElementById(section)
        ?.querySelectorAll(".calendar-entry")
        .map((li) => [
          li.querySelector(".calendar-when")!.text.trim(),
          li.querySelector("strong")?.text.trim(),
        ]);
    expect(entryIn("unscheduled")).toContainEqual([
      OCCASION_LABEL,
      "全区、全国重要会议、重大活动期间和节日长假期间",
    ]);
    for (const town of model.towns) {
      const seasonal = page(`/${town.id}/calendar/`).getElementById("seasonal");
      for (const when of seasonal?.querySelectorAll(".calendar-when") ?? [])
        expect(SEASON_WORDS as readonly string[], town.id).toContain(when.text.trim());
    }
  });

  it("never prints an entry's time twice, on its tag and again as its text, on calendars and guides", () => {
    const pages = [
      ...model.towns.map((town) => `/${town.id}/calendar/`),
      ...model.guides.map((guide) => `/guide/${guide.id}/`),
    ];
    for (const path of pages)
      for (const li of page(path).querySelectorAll(".calendar-entry")) {
        const when = li.querySelector(".calendar-when")!.text.trim();
        expect(li.querySelector("strong")?.text.trim(), path).not.toBe(when);
      }
  });

  it("lists the 安全生产月 activity period and the 6月15日 咨询日 under June for 篇四", () => {
    const june = page("/collection-2023-part4/calendar/").getElementById("month-6")!;
    const whens = june.querySelectorAll(".calendar-when").map((el) => el.text.trim());
    expect(whens).toEqual(expect.arrayContaining(["6月", "6月1日前", "6月15日"]));
  });
});

describe("guides", () => {
  it("show every duty of the post's units verbatim, each on its own town's page", () => {
    for (const guide of model.guides) {
      const units = [...model.units.values()].filter(
        (unit) =>
          (unit.data.type !== undefined && guide.data.unitTypes.includes(unit.data.type)) ||
          guide.data.units.includes(unit.key),
      );
      // A post that heads many units (站所负责人) shows the shared duties that bind that kind in full.
      const groups = [...model.units.values()].filter((unit) =>
        guide.data.unitKinds.some((kind) => unit.data.appliesTo?.kinds.includes(kind)),
      );
      expect(units.length + groups.length, guide.id).toBeGreaterThan(0);
      for (const unit of [...units, ...groups]) {
        const path = guidePathForTown(model, guide, unit.data.jurisdiction);
        const shown = new Set(
          page(path)
            .querySelectorAll(".duty-text")
            .map((el) => el.text.replace(/\s+/g, " ").trim()),
        );
        for (const duty of unit.duties)
          expect(shown.has(duty.text.replace(/\s+/g, " ").trim()), `${path}: ${duty.text}`).toBe(true);
      }
    }
  });

  it("show on each town's page that town's duties, deadlines and rules only, and open on the home town", () => {
    for (const guide of model.guides) {
      const { towns, first } = guideTowns(model, guide.data);
      expect(first?.id, guide.id).toBe(towns.find((town) => town.home)?.id ?? towns[0]?.id);
      for (const town of towns) {
        const html = page(guidePathForTown(model, guide, town.id));
        const links = html.querySelectorAll("a[href]").map((a) => a.getAttribute("href")!);
        const duties = html.querySelectorAll("[data-duty-id]").map((li) => li.getAttribute("data-duty-id")!);
        // A duty id starts with its town (`tongchuan/safety-deputy/…`).
        for (const id of duties) expect(id, `${guide.id}/${town.id}`).toMatch(new RegExp(`^${town.id}/`));
        for (const href of links.filter((link) => link.startsWith("/rules/")))
          expect(href, `${guide.id}/${town.id}`).toMatch(new RegExp(`^/rules/${town.id}/`));
        for (const entry of html.querySelectorAll(".calendar-entry a.clause-ref"))
          expect(
            town.sources.map((source) => source.id),
            `${guide.id}/${town.id}`,
          ).toContain(entry.getAttribute("href")!.split("/")[2]);
        // Every other town of the post is one click away, in the switch.
        const switched = html
          .querySelectorAll("[data-guide-towns] a[data-town]")
          .map((a) => a.getAttribute("data-town"));
        expect(switched).toEqual(towns.length > 1 ? towns.map((t) => t.id) : []);
      }
    }
  });

  it("show on each town's page only that town's ledgers, and every glossary term its duties and rules print", () => {
    for (const guide of model.guides)
      for (const town of guideTowns(model, guide.data).towns) {
        const label = `${guide.id}/${town.id}`;
        const html = page(guidePathForTown(model, guide, town.id));
        const ledgerTowns = html
          .querySelectorAll("section[aria-labelledby^='ledgers-']")
          .map((section) => section.getAttribute("aria-labelledby")!);
        for (const id of ledgerTowns) expect(id, label).toMatch(new RegExp(`^ledgers-${town.id}-`));
        if (town.ledgerSets.length === 0)
          expect(html.querySelector("#ledgers")?.nextElementSibling?.text, label).toContain(
            "没有列出台账清单",
          );
        const printed = html
          .querySelectorAll(".duty-text")
          .map((el) => el.text)
          .join("");
        const chips = html.querySelectorAll("#terms + ul.chips a").map((a) => a.text);
        for (const term of model.terms)
          if (printed.includes(term.data.name))
            expect(chips, `${label}: ${term.data.name}`).toContain(term.data.name);
      }
    const deputy = page(
      guidePathForTown(
        model,
        model.guides.find((g) => g.data.post.includes("分管安全"))!,
        "zhangshanzi",
      ),
    );
    // 五(五), which judges the post, says 一票否决.
    expect(deputy.querySelectorAll("#terms + ul.chips a").map((a) => a.text)).toContain("一票否决");
  });

  it("exist for the eight posts a new cadre may hold", () => {
    expect(model.guides.map((g) => g.data.post)).toEqual([
      "党委书记",
      "镇长",
      "分管安全副镇长",
      "其他班子成员",
      "站所负责人",
      "包村干部",
      "村干部",
      "企业主要负责人",
    ]);
  });
});

describe("the 岗位对照 page", () => {
  it("names every post card differently", () => {
    const names = page("/posts/")
      .querySelectorAll(".card-title a")
      .map((a) => a.text.trim());
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names).size, names.join("、")).toBe(names.length);
  });
});

describe("rules pages", () => {
  it("quote every rule of the town once and name the kinds its sources leave out", () => {
    for (const town of model.towns) {
      const html = page(`/rules/${town.id}/`);
      const ids = html.querySelectorAll("[data-rule-kind]").map((li) => li.getAttribute("id"));
      expect(ids.sort(), town.id).toEqual(town.rules.map((r) => `rule-${r.id}`).sort());
      const notices = html.querySelectorAll(".notice").map((notice) => notice.text);
      if (!town.rules.some((r) => r.kind === "target"))
        expect(notices.join(""), town.id).toContain("控制目标");
    }
  });

  it("never say a town's sources have no rule on what a rule the page quotes speaks of", () => {
    for (const town of model.towns) {
      const html = page(`/rules/${town.id}/`);
      const silent = html
        .querySelectorAll(".notice")
        .map((notice) => /没有规定：([^。]*)。/.exec(notice.text)?.[1])
        .filter((list): list is string => list !== undefined)
        .flatMap((list) => list.split("、"));
      const quoted = html
        .querySelectorAll("[data-rule-kind] .duty-text")
        .map((text) => text.text)
        .join("");
      for (const label of silent) expect(quoted, `${town.id}: ${label}`).not.toContain(label);
    }
    // 张发〔2020〕47号 五(五) says 一票否决 inside its assessment rule: the page says where.
    const zhangshanzi = page("/rules/zhangshanzi/")
      .querySelectorAll(".notice")
      .map((notice) => notice.text);
    expect(zhangshanzi.join("")).toMatch(/一票否决[^。]*没有单列，写在 五\(五\) 中/);
  });
});

describe("principle pages", () => {
  it("say where an article was checked by official publications only, never a commercial site", () => {
    for (const principle of model.principles) {
      const note = page(`/principles/${principle.id}/`)
        .querySelectorAll(".note-plain")
        .map((p) => p.text)
        .find((text) => text.startsWith("条文号核对"));
      if (!note) continue;
      const sites = note.match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/gi) ?? [];
      for (const site of sites) expect(site, principle.id).toMatch(/^[^/]*\.gov\.cn(?:\/|$)/);
    }
  });

  it("each link to at least one source clause that states the principle", () => {
    for (const principle of model.principles) {
      const links = page(`/principles/${principle.id}/`).querySelectorAll('a[href^="/sources/"]');
      expect(links.length, principle.id).toBeGreaterThanOrEqual(principle.statements.length);
      expect(principle.statements.length, principle.id).toBeGreaterThan(0);
    }
  });
});

describe("coverage pages", () => {
  it("mark exactly the sectors whose duties have no lead by a named unit as 盲区", () => {
    for (const town of model.towns) {
      const duties = model.duties.filter((d) => d.jurisdiction === town.id);
      const named = (key: string) => model.units.get(key)!.data.kind !== "group";
      const sectors = [...new Set(duties.flatMap((d) => d.sectors))];
      // From the duties directly: some named unit has a duty there, but no named unit leads it.
      const expected = sectors.filter(
        (sector) =>
          duties.some((d) => d.sectors.includes(sector) && named(d.unit)) &&
          !duties.some((d) => d.sectors.includes(sector) && d.role === "lead" && named(d.unit)),
      );
      const shown = page(`/${town.id}/coverage/`)
        .querySelectorAll('tr[data-status="gap"]')
        .map((tr) => tr.getAttribute("data-sector"));
      expect(shown.sort(), town.id).toEqual(expected.sort());
    }
  });
});
