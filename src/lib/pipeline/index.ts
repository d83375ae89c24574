/**
 * The one way from content to the model (`checkAndBuild`), for the site, `npm run check`
 * and the tests: it sits above the reader (content/), the clause parser (sources/), the
 * checks (checks/) and the model (model/), none of which imports it.
 */
export * from "./pipeline.ts";
