import { existsSync } from "node:fs";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import {
  COLLECTIONS,
  COLLECTION_LIST,
  collectionGlob,
  contentFolder,
  entryIdOf,
  type CollectionKey,
  type CollectionSpec,
} from "./lib/content/index.ts";

/**
 * The Astro collections, one per entry of the registry (src/lib/content/registry.ts):
 * the same folders, file patterns and schemas the check reads. Ids are the paths without
 * extension (units: `<town>/<unit>`), exactly as the check's reader derives them.
 */
function astroCollection(spec: CollectionSpec) {
  // A folder a content set may leave out (contacts/ before the office writes one) is an
  // empty collection, not a warning on every build.
  if (!existsSync(`${contentFolder()}/${spec.folder}`))
    return defineCollection({
      loader: { name: "duty-matrix:absent-folder", load: async ({ store }) => store.clear() },
      schema: spec.schema,
    });
  return defineCollection({
    loader: glob({
      pattern: collectionGlob(spec),
      base: `${contentFolder()}/${spec.folder}`,
      generateId: ({ entry }) => entryIdOf(entry),
    }),
    schema: spec.schema,
  });
}

/** Astro types each collection's entries by its schema, so the table's schemas are named here by type. */
type AstroCollections = {
  [K in CollectionKey as (typeof COLLECTIONS)[K]["folder"]]: ReturnType<typeof astroCollection> & {
    schema: (typeof COLLECTIONS)[K]["schema"];
  };
};

export const collections = Object.fromEntries(
  COLLECTION_LIST.map(([, spec]) => [spec.folder, astroCollection(spec)]),
) as AstroCollections;
