/** The county overview: several real towns side by side per sector and per post, with their gaps. */
export * from "./overview.ts";
