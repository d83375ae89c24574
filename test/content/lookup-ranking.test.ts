import { describe, expect, it } from "vitest";
import { buildLookupIndex, lookup, mergeLookupIndexes, prepareLookup } from "../../src/lib/lookup/index.ts";
import { townsInAnswerOrder } from "../../src/domain/index.ts";
import { modelOf, PROJECT_ROOT } from "../helpers/fixture.ts";

const ZSZ = "zhangshanzi";

/**
 * Everyday queries a clerk would type, each with the units (as printed in the sources)
 * that must be among the first three answers. The words are everyday ones on purpose:
 * most never occur in the duty text that answers them.
 */
const EVERYDAY_QUERIES: Array<{ query: string; top3: Array<[unit: string, town: string]> }> = [
  { query: "液化气", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "煤气罐", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "网吧", top3: [["镇文旅办", ZSZ]] },
  { query: "拖拉机载人", top3: [["镇农机站", ZSZ]] },
  { query: "农用车拉人", top3: [["各村", "collection-2023-part1"]] },
  {
    query: "校车",
    top3: [
      ["张山子交警中队", ZSZ],
      ["镇教委", ZSZ],
    ],
  },
  { query: "煤气中毒", top3: [["镇卫生院", ZSZ]] },
  { query: "小旅馆", top3: [["张山子派出所", ZSZ]] },
  { query: "快递", top3: [["张山子邮政支局", ZSZ]] },
  { query: "渔船", top3: [["镇畜牧水产站", ZSZ]] },
  { query: "农村家宴", top3: [["各村", "collection-2023-part1"]] },
  { query: "坝坝宴", top3: [["各村", "collection-2023-part1"]] },
  { query: "敬老院", top3: [["镇民政所", ZSZ]] },
  { query: "庙会", top3: [["张山子派出所", ZSZ]] },
  { query: "酒驾", top3: [["张山子交警中队", ZSZ]] },
  { query: "电梯", top3: [["张山子市场监管所", ZSZ]] },
  { query: "锅炉", top3: [["张山子市场监管所", ZSZ]] },
  { query: "水库", top3: [["镇水利站", ZSZ]] },
  { query: "山火", top3: [["镇林果桑蚕站", ZSZ]] },
  { query: "危房", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "农药", top3: [["镇农业推广办公室", ZSZ]] },
  { query: "杀猪", top3: [["镇畜牧水产站", ZSZ]] },
  {
    query: "雷管",
    top3: [
      ["镇经委", ZSZ],
      ["张山子派出所", ZSZ],
    ],
  },
  { query: "职业病", top3: [["镇卫生院", ZSZ]] },
  { query: "无照经营", top3: [["张山子市场监管所", ZSZ]] },
  { query: "广告牌", top3: [["镇行政执法分局", ZSZ]] },
  { query: "渡船", top3: [["镇建设管理办公室", ZSZ]] },
  { query: "采砂", top3: [["张山子国土所", ZSZ]] },
  { query: "医疗废物", top3: [["镇卫生院", ZSZ]] },
  { query: "药店", top3: [["张山子食药监所", ZSZ]] },
  { query: "农家乐", top3: [["镇文旅办", ZSZ]] },
  { query: "停电", top3: [["张山子供电站", ZSZ]] },
  { query: "农民工", top3: [["镇劳动和社会保障所", ZSZ]] },
  { query: "溺水", top3: [["镇教委", ZSZ]] },
  { query: "扶贫", top3: [["镇扶贫办", ZSZ]] },
  { query: "着火", top3: [["张山子派出所", ZSZ]] },
  { query: "九小场所", top3: [["张山子派出所", ZSZ]] },
  { query: "公安", top3: [["张山子派出所", ZSZ]] },
  { query: "安监站", top3: [["镇应急管理办公室", ZSZ]] },
  { query: "天然气泄漏", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "加气站", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "油库", top3: [["张山子派出所", ZSZ]] },
  { query: "病死猪", top3: [["镇畜牧水产站", ZSZ]] },
  { query: "森林防火", top3: [["镇林果桑蚕站", ZSZ]] },
  { query: "电动车", top3: [["张山子交警中队", ZSZ]] },
  { query: "钓鱼", top3: [["镇畜牧水产站", ZSZ]] },
  { query: "出租房", top3: [["张山子派出所", ZSZ]] },
  { query: "五保户", top3: [["镇民政所", ZSZ]] },
  { query: "火锅店", top3: [["张山子食药监所", ZSZ]] },
  { query: "烧秸秆", top3: [["镇环保所", ZSZ]] },
  { query: "山洪", top3: [["镇水利站", ZSZ]] },
  { query: "广场舞", top3: [["张山子派出所", ZSZ]] },
  { query: "商场", top3: [["张山子派出所", ZSZ]] },
  { query: "煙花爆竹", top3: [["张山子派出所", ZSZ]] },
  { query: "請問農家樂的安全歸誰管", top3: [["镇文旅办", ZSZ]] },
  { query: "养猪场的病死猪没人处理", top3: [["镇畜牧水产站", ZSZ]] },
  { query: "网吧着火了找哪个部门", top3: [["张山子派出所", ZSZ]] },
  { query: "铜川镇 学校", top3: [["铜川镇", "tongchuan"]] },
  // The titles people use for a post, from the post's guide.
  { query: "安全副镇长", top3: [["分管安全生产工作的政府领导干部", ZSZ]] },
  {
    query: "一把手",
    top3: [
      ["镇党委主要负责人（书记）", ZSZ],
      ["镇行政主要负责人（镇长）", ZSZ],
    ],
  },
];

/**
 * "全部辖区" as the lookup page answers it: the towns' own indexes merged in answer order
 * (the deployment's town first), then the same pure lookup() the page runs.
 */
const model = modelOf(PROJECT_ROOT);
const prepared = prepareLookup(
  mergeLookupIndexes(townsInAnswerOrder(model.towns).map((town) => buildLookupIndex(model, town.id))),
);

describe("the lookup's ranking, in process, on the real content", () => {
  it(`finds the responsible unit among its town's first three answers for ${EVERYDAY_QUERIES.length} everyday queries`, () => {
    const misses: string[] = [];
    for (const { query, top3 } of EVERYDAY_QUERIES) {
      const groups = lookup(prepared, query).towns;
      for (const [unit, town] of top3) {
        const answers = (groups.find((group) => group.townId === town)?.answers ?? []).slice(0, 3);
        if (!answers.some((answer) => answer.unitName === unit))
          misses.push(`${query} → ${unit} (${town}); got ${answers.map((a) => a.unitName).join("、")}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
