/**
 * A guide's town switch. Choosing a town remembers it (the lookup's memory, one for the
 * site). On a guide's first page (the switch says `data-follow`), a reader who chose another
 * town before is taken to that town's version, as the lookup opens on it.
 */
import { rememberedTown, rememberTown } from "./remembered-town.ts";

export function startGuideTownSwitch(): void {
  const nav = document.querySelector<HTMLElement>("[data-guide-towns]");
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>("a[data-town]")];
  for (const link of links) link.addEventListener("click", () => rememberTown(link.dataset["town"]!));
  if (nav.dataset["follow"] === undefined) return;
  const town = rememberedTown();
  const target = links.find((link) => link.dataset["town"] === town);
  if (target && target.getAttribute("aria-current") !== "page") location.replace(target.href);
}
