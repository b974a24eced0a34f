// When a form swapped in by htmx comes back with errors, put the cursor in the first field
// that needs attention; a successful swap moves focus through data-focus-after-swap instead.
document.addEventListener("htmx:afterSettle", (event) => {
  const invalid = event.detail.elt.querySelector("[aria-invalid='true']");
  if (invalid && !event.detail.elt.querySelector("[data-focus-after-swap]")) {
    invalid.focus();
  }
});
