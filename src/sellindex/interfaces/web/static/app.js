// The pages' one script, and every page works without it.
(function () {
  // A menu button that folds the navigation away on narrow screens.
  const toggle = document.querySelector(".menu-toggle");
  const menu = document.getElementById("main-menu");
  if (toggle && menu) {
    toggle.hidden = false;
    document.documentElement.classList.add("has-menu");
    toggle.addEventListener("click", function () {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("open", open);
    });
  }

  // A re-sort loads the page again: keep the keyboard on the heading that was used.
  const KEY = "sellindex-sorted-by";
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[data-sort]");
    if (link) sessionStorage.setItem(KEY, link.dataset.sort);
  });
  const sorted = sessionStorage.getItem(KEY);
  if (sorted) {
    sessionStorage.removeItem(KEY);
    const heading = document.querySelector('a[data-sort="' + CSS.escape(sorted) + '"]');
    if (heading) heading.focus();
  }
})();
