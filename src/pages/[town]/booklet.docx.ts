import type { APIRoute } from "astro";
import { Packer } from "docx";
import { getModel, townStaticPaths } from "../../data/site.ts";
import type { TownRecord } from "../../lib/model/index.ts";
import { buildCacheFolder, cachedBytes, codeHash } from "../../lib/site/index.ts";
import { bookletDocument } from "../../lib/print/index.ts";
import { wordDocument } from "../../lib/word/index.ts";

export const getStaticPaths = townStaticPaths;

/** The code that turns a booklet's blocks into a .docx: a change to it makes every booklet again. */
const RENDERER = codeHash(["src/lib/word", "src/lib/print", "node_modules/docx/package.json"]);

/**
 * The town's booklet as a Word file in the 公文 layout, built with the site. Rendering and
 * zipping it takes about 0.2 s a town, so a booklet whose blocks and renderer are unchanged
 * since the last build is read from the build cache instead.
 */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) => {
  const spec = bookletDocument(await getModel(), props.town);
  const make = async () => new Uint8Array(await Packer.toBuffer(wordDocument(spec)));
  // Where the renderer's code cannot be read (a build run outside the project), nothing is cached.
  const bytes = RENDERER
    ? await cachedBytes(buildCacheFolder("booklet-docx"), `${RENDERER}\n${JSON.stringify(spec)}`, make)
    : await make();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
  });
};
