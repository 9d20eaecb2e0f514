// LTI client-side postMessage storage (1EdTech drafts lti-cs-pm and lti-pm-s): when the browser will not
// keep Convolve's cookie inside the course page, the platform keeps a small value for us instead.
(function () {
  'use strict';
  // Canvas's mobile apps announce storage and never answer, so every question has a deadline.
  var CAPABILITIES_TIMEOUT_MS = 3000;
  var DATA_TIMEOUT_MS = 3000;
  // The platform's frame may still be loading when we first ask, and a message sent before it listens
  // is lost; asking again (same message_id, so one answer counts) until the deadline covers that.
  var RESEND_EVERY_MS = 250;

  function newMessageId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // Posts one message; resolves with the answer that carries its message_id, or null at the deadline.
  function ask(target, origin, message, timeoutMs) {
    return new Promise(function (resolve) {
      var id = newMessageId();
      var finished = false;
      function finish(answer) {
        if (!finished) {
          finished = true;
          window.removeEventListener('message', listen);
          resolve(answer);
        }
      }
      function listen(event) {
        var data = event.data;
        if (!data || typeof data !== 'object' || data.message_id !== id) {
          return;
        }
        if (event.source !== target || (origin !== '*' && event.origin !== origin)) {
          return;
        }
        if (data.subject === message.subject + '.response') {
          finish(data);
        }
      }
      window.addEventListener('message', listen);
      message.message_id = id;
      function send() {
        if (finished) {
          return;
        }
        try {
          target.postMessage(message, origin);
        } catch (e) {
          finish(null);
          return;
        }
        window.setTimeout(send, RESEND_EVERY_MS);
      }
      send();
      window.setTimeout(function () { finish(null); }, timeoutMs);
    });
  }

  function frameNamed(name) {
    if (!name || name === '_parent') {
      return window.parent;
    }
    if (name === '_top') {
      return window.top;
    }
    try {
      return window.parent.frames[name] || null;
    } catch (e) {
      return null;
    }
  }

  function offered(capabilities, subject) {
    var list = capabilities && capabilities.supported_messages;
    if (!Array.isArray(list)) {
      return null;
    }
    for (var i = 0; i < list.length; i++) {
      if (list[i] && list[i].subject === subject) {
        return list[i];
      }
    }
    return null;
  }

  // The frame the platform named, with the exact origin of its OIDC authentication URL; failing that,
  // window.parent with '*', which Canvas allows where its forwarding frame is missing.
  function connect(storageTarget, origin) {
    if (window.parent === window || !storageTarget) {
      return Promise.resolve(null);
    }
    var candidates = [];
    var named = frameNamed(storageTarget);
    if (named) {
      candidates.push({target: named, origin: origin});
    }
    if (named !== window.parent) {
      candidates.push({target: window.parent, origin: '*'});
    }
    function attempt(i) {
      if (i >= candidates.length) {
        return Promise.resolve(null);
      }
      var candidate = candidates[i];
      return ask(candidate.target, candidate.origin, {subject: 'lti.capabilities'}, CAPABILITIES_TIMEOUT_MS)
        .then(function (capabilities) {
          var put = offered(capabilities, 'lti.put_data');
          if (!put || !offered(capabilities, 'lti.get_data')) {
            return attempt(i + 1);
          }
          var frame = put.frame ? frameNamed(put.frame) : null;
          return frame ? {target: frame, origin: candidate.origin} : candidate;
        });
    }
    return attempt(0);
  }

  function put(connection, key, value) {
    return ask(connection.target, connection.origin, {subject: 'lti.put_data', key: key, value: value}, DATA_TIMEOUT_MS)
      .then(function (answer) { return !!answer && !answer.error; });
  }

  function get(connection, key) {
    return ask(connection.target, connection.origin, {subject: 'lti.get_data', key: key}, DATA_TIMEOUT_MS)
      .then(function (answer) {
        return answer && !answer.error && typeof answer.value === 'string' ? answer.value : null;
      });
  }

  window.ConvolveStorage = {connect: connect, put: put, get: get};
})();
