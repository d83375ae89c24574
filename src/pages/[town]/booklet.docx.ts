import type { APIRoute } from "astro";
import { Packer } from "docx";
import { getModel, townStaticPaths } from "../../data/site.ts";
import type { TownRecord } from "../../lib/model/index.ts";
import { bookletDocument, wordDocument } from "../../lib/word/index.ts";

export const getStaticPaths = townStaticPaths;

/** The town's booklet as a Word file in the 公文 layout, built with the site. */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(
    new Uint8Array(await Packer.toBuffer(wordDocument(bookletDocument(await getModel(), props.town)))),
    {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    },
  );
