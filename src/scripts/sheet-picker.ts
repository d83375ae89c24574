/**
 * The booklet's form that prints only some units: unticked units' sheets and contents lines get the
 * class `not-selected`, which print.css leaves out. The choice is kept in `?units=a,b`, so
 * a bookmarked or shared link prints the same selection. 排版 (每单位一页 / 连续排版) is kept as
 * `?layout=continuous`. Without JavaScript every sheet prints, one a page.
 */
export function startSheetPicker(): void {
  const form = document.getElementById("sheet-picker") as HTMLFormElement | null;
  if (!form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="unit"]')];
  const status = form.querySelector<HTMLElement>("[data-picker-status]");
  const selectable = [
    ...document.querySelectorAll<HTMLElement>(".sheet[data-unit], .contents tr[data-unit]"),
  ];

  const layouts = [...form.querySelectorAll<HTMLInputElement>('input[name="layout"]')];
  const main = document.querySelector("main");

  const apply = () => {
    const continuous = layouts.some((radio) => radio.checked && radio.value === "continuous");
    main?.classList.toggle("continuous", continuous);
    const chosen = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    for (const element of selectable)
      element.classList.toggle("not-selected", !chosen.has(element.dataset["unit"]!));
    const url = new URL(window.location.href);
    if (chosen.size === boxes.length) url.searchParams.delete("units");
    else url.searchParams.set("units", [...chosen].join(","));
    if (continuous) url.searchParams.set("layout", "continuous");
    else url.searchParams.delete("layout");
    window.history.replaceState(null, "", url);
    if (status)
      status.textContent =
        chosen.size === 0
          ? "未选任何单位：只打印封面、目录和原则。"
          : `将打印 ${chosen.size} / ${boxes.length} 个单位的清单。`;
  };

  const wanted = new URL(window.location.href).searchParams.get("units");
  if (wanted !== null) {
    const slugs = new Set(wanted.split(",").filter(Boolean));
    for (const box of boxes) box.checked = slugs.has(box.value);
    // A link that carries a selection shows it: the list opens.
    form.querySelector("details")?.setAttribute("open", "");
  }
  if (new URL(window.location.href).searchParams.get("layout") === "continuous")
    for (const radio of layouts) radio.checked = radio.value === "continuous";
  form.addEventListener("change", apply);
  form.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-select]");
    if (!button) return;
    for (const box of boxes) box.checked = button.dataset["select"] === "all";
    apply();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  apply();
}
