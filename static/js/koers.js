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

// A table or chart that is wider than the screen scrolls sideways inside its wrapper. Only then
// the wrapper becomes a named, focusable region, so keyboard users can scroll it too, without an
// extra tab stop on every table that fits.
const SCHUIFT = ".table-wrap, .indicator__grafiek";
const schuifRegio = new ResizeObserver((entries) => {
  for (const { target: wrap } of entries) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      const caption = wrap.querySelector("caption, figcaption, svg > title");
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      if (caption) wrap.setAttribute("aria-label", caption.textContent.trim());
    } else {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  }
});
function volgSchuivers(root) {
  root.querySelectorAll(SCHUIFT).forEach((wrap) => schuifRegio.observe(wrap));
}
document.addEventListener("DOMContentLoaded", () => volgSchuivers(document));
document.addEventListener("htmx:afterSettle", (event) => {
  volgSchuivers(event.detail.elt.parentElement || document);
});

// A form that comes back with errors after a full page load: focus its error message (or,
// without one, the first field in error), so a screen reader reads what went wrong and the
// next Tab lands on the fields it is about.
document.addEventListener("DOMContentLoaded", () => {
  if (document.activeElement && document.activeElement !== document.body) return;
  const melding = document.querySelector("main .errornote[role=alert]");
  if (melding) {
    melding.setAttribute("tabindex", "-1");
    melding.focus();
    return;
  }
  const veld = document.querySelector('main [aria-invalid="true"]');
  if (veld) veld.focus();
});
