import { z } from "astro/zod";
import { idSchema } from "./common.ts";
import { bilingual } from "./messages.ts";
import { PRODUCT_NAME } from "../domain/product.ts";

/** What a deployment without content/site.yaml is called, and the default of `title`. */
export const DEFAULT_SITE_TITLE = PRODUCT_NAME;

/** How many days a contact stays current when `contactMaxAgeDays` is not set. */
export const DEFAULT_CONTACT_MAX_AGE_DAYS = 365;

/**
 * One deployment, described once (content/site.yaml): its name, the towns it serves and how
 * it is addressed. The content folder may hold more towns (the sample content ships with
 * the repository); only the towns listed here are published.
 */
export const siteSchema = z.strictObject({
  /** The site's name on every page's title, header and footer, e.g. 某某县 followed by the product's name. */
  title: z
    .string({ error: bilingual("缺少网站名称 title", "missing site title") })
    .min(1, { error: bilingual("网站名称 title 不能是空的", "title may not be empty") })
    .default(DEFAULT_SITE_TITLE),
  /** The region the site serves as people say it, e.g. 山东省枣庄市山亭区; shown under the title. */
  region: z.string().optional(),
  /**
   * The towns (jurisdiction ids) the site publishes, in the order the home page lists them.
   * Left out: every real town in the content folder.
   */
  towns: z
    .array(idSchema())
    .min(1, {
      error: bilingual(
        "towns 是空的：列出本站发布的辖区，或删掉这一行（发布全部辖区）",
        "towns is empty: list the towns the site publishes, or delete the line (all towns)",
      ),
    })
    .optional(),
  /** The deployment's own town: the lookup and the home page start with it. */
  home: idSchema().optional(),
  /**
   * Whether the sample 范本 and 汇编 documents are published beside the towns. The sample
   * content shows them; a town's or county's own site leaves them out (the default).
   */
  showSamples: z.boolean().default(false),
  /** The address the site is published at (http://10.1.2.3); SITE_URL overrides it. */
  siteUrl: z
    .url({
      protocol: /^https?$/,
      error: bilingual("siteUrl 应是网址，例如 http://10.1.2.3", "siteUrl must be an http(s) address"),
    })
    .optional(),
  /** The sub-path the site is served under (/anquan/); BASE_PATH overrides it. */
  basePath: z
    .string()
    .regex(/^\/?[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*\/?$|^\/$/, {
      error: bilingual(
        "basePath 应是网址里的路径，例如 /anquan/",
        "basePath must be a URL path such as /anquan/",
      ),
    })
    .optional(),
  /** After how many days a contact not checked again is marked 待核实. */
  contactMaxAgeDays: z
    .number({
      error: bilingual("contactMaxAgeDays 应是天数，例如 180", "contactMaxAgeDays is a number of days"),
    })
    .int()
    .min(1)
    .default(DEFAULT_CONTACT_MAX_AGE_DAYS),
});

export type SiteConfig = z.output<typeof siteSchema>;
