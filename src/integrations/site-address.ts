import type { AstroIntegration } from "astro";
import { DEFAULT_SITE_ORIGIN } from "../lib/site/index.ts";

/** The warning a build without SITE_URL prints once, in Chinese and English. */
export function siteAddressWarning(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (env["SITE_URL"]?.trim()) return undefined;
  return (
    `没有设置 SITE_URL：日历文件（.ics）里的链接写的是 ${DEFAULT_SITE_ORIGIN}，只在这台电脑上能打开。` +
    `发布到服务器前请这样构建：SITE_URL=http://服务器地址 npm run build。` +
    ` / SITE_URL is not set: the links in the .ics calendars point to ${DEFAULT_SITE_ORIGIN} and open only on this computer; ` +
    `build with SITE_URL=http://your-server before publishing.`
  );
}

/** Warns once at the start of a build whose calendars would link to this computer only. */
export function siteAddress(): AstroIntegration {
  return {
    name: "duty-matrix:site-address",
    hooks: {
      "astro:build:start": ({ logger }) => {
        const warning = siteAddressWarning();
        if (warning) logger.warn(warning);
      },
    },
  };
}
