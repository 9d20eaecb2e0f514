// The login page: keep the browser binding where this browser allows, then go on to the platform.
// Order: the platform's postMessage storage, else our partitioned cookie, else a new window.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var login = document.getElementById('login');
  if (!login) {
    return;
  }
  var data = login.dataset;

  function proceed() {
    window.location.assign(data.authUrl);
  }

  function cookieSticks() {
    var body = new URLSearchParams();
    body.set('binding', data.binding);
    return fetch('/lti/login/cookie-check', {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : {cookie: false}; })
      .then(function (answer) { return answer.cookie === true; }, function () { return false; });
  }

  function offerNewWindow() {
    document.getElementById('login-status').hidden = true;
    document.getElementById('new-window').hidden = false;
    if (window.top === window) {
      // Already a window of its own: another one would meet the same blocked cookie.
      document.getElementById('new-window-title').textContent = 'Allow cookies to open Convolve';
      document.getElementById('framed-reason').hidden = true;
      document.getElementById('cookies-off-reason').hidden = false;
      document.getElementById('open-new-window').closest('form').hidden = true;
    }
    document.getElementById('new-window-title').focus();
  }

  var keptByPlatform = data.storageTarget
    ? window.ConvolveStorage.connect(data.storageTarget, data.storageOrigin).then(function (connection) {
        return connection ? window.ConvolveStorage.put(connection, data.storageKey, data.binding) : false;
      })
    : Promise.resolve(false);

  keptByPlatform.then(function (kept) {
    if (kept) {
      proceed();
      return null;
    }
    return cookieSticks().then(function (sticks) {
      if (sticks) {
        proceed();
      } else {
        offerNewWindow();
      }
    });
  });
});
