import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../../data/site.ts";
import { unitIcsFiles, type IcsFile } from "../../../lib/calendar/index.ts";

/** One file per unit that has at least one dated or recurring duty. */
export const getStaticPaths = (async () =>
  unitIcsFiles(await getModel()).map((file) => ({
    params: { town: file.town.id, unit: file.unit!.slug },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: IcsFile }> = ({ props }) =>
  new Response(props.file.text, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
