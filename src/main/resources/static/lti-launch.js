// The launch relay: read the browser binding back from the platform's storage and post the launch
// again with it. Without an answer the launch is posted as it is, and the cookie has to do.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var form = document.getElementById('launch-relay');
  if (!form) {
    return;
  }
  var data = form.dataset;
  window.ConvolveStorage.connect(data.storageTarget, data.storageOrigin)
    .then(function (connection) {
      return connection ? window.ConvolveStorage.get(connection, data.storageKey) : null;
    })
    .then(function (binding) {
      if (binding) {
        form.elements.browser_binding.value = binding;
      }
      form.submit();
    });
});
