// Priorities: besides the up and down buttons (keyboard and mouse), a row can be dragged to
// its new place. The drop posts the row's own form with the new place, through htmx.
document.addEventListener("dragstart", (event) => {
  const rij = event.target.closest && event.target.closest(".prioriteiten__rij[draggable]");
  if (!rij) return;
  rij.classList.add("prioriteiten__rij--sleept");
  event.dataTransfer.effectAllowed = "move";
  event.dataTransfer.setData("text/plain", rij.dataset.speerpunt);
});

document.addEventListener("dragend", (event) => {
  document.querySelectorAll(".prioriteiten__rij--sleept, .prioriteiten__rij--doel").forEach((el) => {
    el.classList.remove("prioriteiten__rij--sleept", "prioriteiten__rij--doel");
  });
});

document.addEventListener("dragover", (event) => {
  const doel = event.target.closest && event.target.closest(".prioriteiten__rij[draggable]");
  if (!doel) return;
  event.preventDefault();
  document.querySelectorAll(".prioriteiten__rij--doel").forEach((el) => el.classList.remove("prioriteiten__rij--doel"));
  doel.classList.add("prioriteiten__rij--doel");
});

document.addEventListener("drop", (event) => {
  const doel = event.target.closest && event.target.closest(".prioriteiten__rij[draggable]");
  if (!doel) return;
  event.preventDefault();
  const lijst = doel.parentElement;
  const rij = lijst.querySelector(`.prioriteiten__rij[data-speerpunt="${event.dataTransfer.getData("text/plain")}"]`);
  if (!rij || rij === doel) return;
  const plek = Array.from(lijst.children).indexOf(doel) + 1;
  const form = rij.querySelector("form");
  htmx.ajax("POST", form.getAttribute("action"), {
    source: form,
    target: "#prioriteiten",
    swap: "outerHTML",
    values: { actie: "plaats", plek: String(plek) },
  });
});

// Rows become draggable only when they carry a reorder form (the schoolleider's view).
function maakSleepbaar(root) {
  root.querySelectorAll(".prioriteiten__rij").forEach((rij) => {
    if (rij.querySelector("form")) rij.setAttribute("draggable", "true");
  });
}
document.addEventListener("DOMContentLoaded", () => maakSleepbaar(document));
document.addEventListener("htmx:afterSettle", (event) => maakSleepbaar(event.detail.elt.parentElement || document));
