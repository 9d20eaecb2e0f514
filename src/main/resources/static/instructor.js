// A table that is wider than its box scrolls inside it, and takes keyboard focus so that it can be
// scrolled without a mouse. A table that fits needs no Tab stop of its own: the page leaves it out
// of the Tab order, and puts it back when a narrower window makes it scroll.
(function () {
  function updateTabStops() {
    document.querySelectorAll('.table-scroll').forEach(function (region) {
      if (region.scrollWidth > region.clientWidth) {
        region.setAttribute('tabindex', '0');
      } else {
        region.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', updateTabStops);
  window.addEventListener('resize', updateTabStops);
})();
