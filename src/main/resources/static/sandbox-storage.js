// The sandbox platform's side of LTI postMessage storage, playing Canvas's post_message_forwarding frame:
// it keeps values per tool origin for as long as the course page stays open, and lists what it did.
(function () {
  'use strict';
  var values = {};
  var log = document.getElementById('storage-log');

  function note(text) {
    var item = document.createElement('li');
    item.textContent = text;
    log.appendChild(item);
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || typeof message !== 'object' || typeof message.subject !== 'string' || !event.source) {
      return;
    }
    var reply = {subject: message.subject + '.response', message_id: message.message_id};
    var slot = event.origin + ' ' + message.key;
    if (message.subject === 'lti.capabilities') {
      reply.supported_messages = [{subject: 'lti.capabilities'}, {subject: 'lti.put_data'}, {subject: 'lti.get_data'}];
    } else if (message.subject === 'lti.put_data' && typeof message.key === 'string') {
      values[slot] = message.value;
      reply.key = message.key;
      reply.value = message.value;
      note('put ' + message.key);
    } else if (message.subject === 'lti.get_data' && typeof message.key === 'string' && slot in values) {
      reply.key = message.key;
      reply.value = values[slot];
      note('get ' + message.key);
    } else {
      reply.error = {code: 'bad_request', message: 'Nothing to do for ' + message.subject + '.'};
    }
    event.source.postMessage(reply, event.origin);
  });
})();
