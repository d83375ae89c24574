/**
 * The calendar page's "只看" list: shows one bearer's entries, hides months left empty, and
 * points the download link at that unit's own .ics. Without JavaScript every entry shows.
 */
export function startCalendarFilter(): void {
  const select = document.getElementById("calendar-filter") as HTMLSelectElement | null;
  const link = document.getElementById("calendar-ics") as HTMLAnchorElement | null;
  if (!select || !link) return;
  const apply = () => {
    const chosen = select.value;
    for (const entry of document.querySelectorAll<HTMLElement>(".calendar-entry"))
      entry.hidden = chosen !== "" && entry.dataset["who"] !== chosen;
    for (const section of document.querySelectorAll<HTMLElement>(".calendar-section"))
      section.hidden = !section.querySelector(".calendar-entry:not([hidden])");
    const ics = select.selectedOptions[0]?.dataset["ics"];
    link.hidden = !ics;
    if (ics) link.href = ics;
  };
  select.addEventListener("change", apply);
  apply();
}
