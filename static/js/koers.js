// After htmx swaps a region in, move focus to it when it asks for it, so keyboard and
// screen-reader users land on what changed instead of at the top of the page.
document.addEventListener("htmx:afterSettle", (event) => {
  const target = event.detail.elt.querySelector("[data-focus-after-swap]")
    || (event.detail.elt.matches("[data-focus-after-swap]") ? event.detail.elt : null);
  if (target) {
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }
});

// Selects marked data-autosubmit submit their form when changed (filters, language).
document.addEventListener("change", (event) => {
  const el = event.target;
  if (el.matches("select[data-autosubmit]") && el.form) {
    el.form.requestSubmit();
  }
});
