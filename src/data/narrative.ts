import type { MDXInstance } from "astro";
import { getModel } from "./site.ts";

/** A compiled Markdown body, with its frontmatter (read and checked by the file reader instead). */
type Narrative = MDXInstance<Record<string, unknown>>;

/**
 * The narrative of the Markdown collections (guides, principles: every collection of the
 * registry whose format is `mdx`), compiled by the MDX integration straight from the
 * content folder, which astro.config.mjs names `@content`. A body is evaluated only when a
 * page renders it, and only once the content check has passed: MDX can carry code, and the
 * check refuses a body that does.
 */
const BODIES = import.meta.glob<Narrative>(["@content/guides/*.{md,mdx}", "@content/principles/*.{md,mdx}"]);

/** The rendered body of `<folder>/<id>.md(x)`, as a component; a file the glob left out stops the build. */
export async function narrativeOf(folder: string, id: string): Promise<Narrative["Content"]> {
  await getModel();
  const key = Object.keys(BODIES).find(
    (path) => /\/([^/]+\/[^/]+)\.mdx?$/.exec(path)?.[1] === `${folder}/${id}`,
  );
  if (!key)
    throw new Error(
      `content/${folder}/${id}.mdx 的正文没有被编译：src/data/narrative.ts 的文件列表里没有 ${folder}/ / the body of content/${folder}/${id}.mdx was not compiled: add ${folder}/ to the list in src/data/narrative.ts`,
    );
  return (await BODIES[key]!()).Content;
}
