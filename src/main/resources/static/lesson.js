// Progressive enhancement of the lesson page. Every form works without this file: it posts, the
// server grades and saves, and the page comes back. With it, answers are sent in the background,
// only the answered part of the page is replaced, and focus moves to the feedback. The matching
// activity also gets a board: pick a term then a definition (mouse, touch or keyboard), or drag.
(function () {
  'use strict';

  var parser = new DOMParser();

  function $(root, selector) { return root.querySelector(selector); }
  function $all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  // ---- Sending answers in the background ----

  function enhanceForms(root) {
    $all(root, 'form.answer-form, form.random-form').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        send(form);
      });
    });
  }

  function statusOf(form) {
    return $(form, '.form-status');
  }

  function send(form) {
    var status = statusOf(form);
    var buttons = $all(form, 'button[type=submit]');
    if (form.getAttribute('aria-busy') === 'true') {
      return;
    }
    form.setAttribute('aria-busy', 'true');
    // aria-disabled, not disabled: a disabled button loses keyboard focus to the page's body, and
    // a learner whose answer could not be sent would have to find the form again.
    buttons.forEach(function (b) { b.setAttribute('aria-disabled', 'true'); });
    status.className = 'form-status';
    status.textContent = 'Sending…';
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      // Only the answered activity and the XP bar come back, not the whole page.
      headers: { 'Accept': 'text/html', 'Convolve-Update': 'part' }
    }).then(function (response) {
      return response.text().then(function (html) {
        var page = parser.parseFromString(html, 'text/html');
        if (response.ok || response.status === 422) {
          update(form, page, response.status === 422);
        } else if (response.status === 409) {
          catchUp(form, page);
        } else {
          problem(form, page, response.status);
        }
      });
    }).catch(function () {
      finish(form);
      status.className = 'form-status error';
      status.textContent = 'The server could not be reached, so your answer was not sent. Check your connection and try again.';
    });
  }

  function finish(form) {
    form.removeAttribute('aria-busy');
    $all(form, 'button[type=submit]').forEach(function (b) { b.removeAttribute('aria-disabled'); });
  }

  function problem(form, page, status) {
    finish(form);
    var message = $(page, '.problem-message');
    var hint = $(page, '.problem-hint');
    var out = statusOf(form);
    out.className = 'form-status error';
    out.textContent = (message ? message.textContent : 'The answer was refused (HTTP ' + status + ').')
      + (hint ? ' ' + hint.textContent : '');
  }

  // Replaces the answered part (and what depends on it) with the server's new version of it.
  function update(form, page, invalid) {
    var partId = form.getAttribute('data-part');
    replaceParts(partId, page, false);
    var part = document.getElementById(partId);
    if (!part) {
      return;
    }
    // A new random image has no feedback yet: its first cell is where the learner goes on.
    var target = invalid ? firstProblem(part) : ($(part, '.feedback') || $(part, '.cell-input'));
    if (invalid && target && target.classList.contains('field-error')) {
      target.setAttribute('tabindex', '-1');
    }
    if (target) {
      // A group's message sits above its options: bring the group's top into view, clear of the
      // sticky XP bar, rather than only the focused option, which would leave the message under the bar.
      var group = invalid && target.closest ? target.closest('fieldset') : null;
      target.focus(group ? { preventScroll: true } : undefined);
      if (group) {
        group.scrollIntoView({ block: 'start' });
      }
    }
  }

  // What the learner typed in a part that depends on the answered one is kept; in the answered
  // part itself only when keepAnswered, since there the server's version is the answer's result.
  // Step 5 (reading) depends on steps 1-4 (map); bothWays also refreshes the map with step 5.
  function replaceParts(partId, page, keepAnswered, bothWays) {
    var ids = [partId];
    if (/-map$/.test(partId)) {
      ids.push(partId.replace(/-map$/, '-reading'));
    } else if (bothWays && /-reading$/.test(partId)) {
      ids.push(partId.replace(/-reading$/, '-map'));
    }
    ids.forEach(function (id, index) {
      var current = document.getElementById(id);
      var fresh = page.getElementById(id);
      if (!current || !fresh) {
        return;
      }
      var kept = index === 0 && !keepAnswered ? null : typedValues(current);
      var adopted = document.importNode(fresh, true);
      current.replaceWith(adopted);
      if (kept) {
        restoreValues(adopted, kept);
      }
      enhance(adopted);
    });
    ['xp-bar'].concat(activityXpIds(partId)).forEach(function (id) {
      var current = document.getElementById(id);
      var fresh = page.getElementById(id);
      if (current && fresh) {
        current.replaceWith(document.importNode(fresh, true));
      }
    });
  }

  // A 409: the part was answered after this page was loaded, in another tab or by this form sent
  // before. The part is loaded again as it is saved, with what the learner typed put back, so a
  // second send goes through and nothing typed is lost. Should that load fail, the server's
  // message stands, which says to copy what was typed before reloading.
  function catchUp(form, refusal) {
    var partId = form.getAttribute('data-part');
    // A request for a random image carries nothing typed: the saved image is what the part shows.
    var random = form.classList.contains('random-form');
    var kind = random ? 'form.random-form' : 'form.answer-form';
    var lesson = document.querySelector('article.lesson[data-session]');
    if (!lesson) {
      problem(form, refusal, 409);
      return;
    }
    fetch(lesson.getAttribute('data-session') + '/lesson', {
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      replaceParts(partId, parser.parseFromString(html, 'text/html'), !random, true);
      var fresh = document.getElementById(partId);
      var again = fresh && $(fresh, kind);
      if (!again) {
        throw new Error('no form');
      }
      if (!random) {
        // That feedback is about the saved answer, not about what the form now holds.
        $all(fresh, '.feedback').forEach(function (feedback) { feedback.remove(); });
      }
      var out = statusOf(again);
      out.className = 'form-status error';
      out.textContent = random
        ? 'This part changed in another tab or window after this page was loaded, so no new image was drawn.'
          + ' It now shows what is saved; ask again for a random image if you want one.'
        : 'This part was answered in another tab or window after this page was loaded, so your answer was not'
          + ' saved. The form now holds what is saved, with what you had changed put back: check it and send it'
          + ' again.';
      var button = $(again, 'button[type=submit]');
      if (button) {
        button.focus();
      }
    }).catch(function () {
      problem(form, refusal, 409);
    });
  }

  // The first field in error in page order: a group of radio buttons (step 5's pickers) carries
  // its error on the fieldset, so its checked or first button stands for it.
  function firstProblem(part) {
    var first = $(part, '[aria-invalid=true], fieldset[aria-describedby]');
    if (first && first.tagName === 'FIELDSET') {
      var field = first.hidden ? null : ($(first, 'input:checked') || $(first, 'input, select'));
      return field || $(part, '.field-error');
    }
    return first || $(part, '.field-error');
  }

  function activityXpIds(partId) {
    var part = document.getElementById(partId);
    var section = part && part.closest('section.activity');
    return section ? [section.id + '-xp'] : [];
  }

  // What the learner changed since the server drew the part. A value the server filled in and the
  // learner left alone is not kept: the server's new version of the part knows better.
  function typedValues(root) {
    var values = {};
    $all(root, 'input:not([type=hidden]), select').forEach(function (field) {
      if (field.type === 'radio') {
        if (field.checked && !field.defaultChecked) { values[field.name] = field.value; }
      } else if (field.tagName === 'SELECT') {
        var drawn = 0;
        Array.prototype.forEach.call(field.options, function (option, index) {
          if (option.defaultSelected) { drawn = index; }
        });
        if (field.selectedIndex !== drawn) { values[field.name] = field.value; }
      } else if (field.value !== field.defaultValue) {
        values[field.name] = field.value;
      }
    });
    return values;
  }

  function restoreValues(root, values) {
    $all(root, 'input:not([type=hidden]), select').forEach(function (field) {
      if (!(field.name in values)) {
        return;
      }
      if (field.type === 'radio') {
        field.checked = field.value === values[field.name];
      } else {
        field.value = values[field.name];
      }
    });
  }

  // ---- The matching board ----

  function enhanceMatching(root) {
    $all(root, 'form.matching-form').forEach(buildBoard);
  }

  function buildBoard(form) {
    var fieldset = $(form, '.matching-selects');
    var selects = $all(fieldset, 'select');
    if (selects.length === 0) {
      return;
    }
    var prefix = form.getAttribute('data-part');
    var definitions = Array.prototype.slice.call(selects[0].options)
      .filter(function (o) { return o.value; })
      .map(function (o) { return { value: o.value, text: o.textContent }; });

    var board = document.createElement('div');
    board.className = 'match-board';
    board.innerHTML =
      // How to use the board is said here, not in the lesson's text: without this script there is no board.
      '<p class="board-help">Pick a term, then the definition it belongs to: with a keyboard, Tab to a term and press Enter, then Tab to its definition and press Enter. With a mouse you can also drag a term onto a definition, and with a finger too, pulling the term sideways first.</p>' +
      '<div class="match-columns">' +
      '<div class="match-column"><h3 class="board-title" id="' + prefix + '-terms-title">Terms</h3><ul class="term-list" aria-labelledby="' + prefix + '-terms-title"></ul></div>' +
      '<div class="match-column"><h3 class="board-title" id="' + prefix + '-defs-title">Definitions</h3><ul class="def-list" aria-labelledby="' + prefix + '-defs-title"></ul></div>' +
      '</div>' +
      '<p class="board-status" role="status" aria-live="polite"></p>';
    var termList = $(board, '.term-list');
    var defList = $(board, '.def-list');
    var status = $(board, '.board-status');

    selects.forEach(function (select) {
      var li = document.createElement('li');
      var chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'term-chip';
      chip.setAttribute('aria-pressed', 'false');
      chip.setAttribute('data-select', select.id);
      chip.innerHTML = '<span class="chip-term"></span><span class="chip-place"></span>';
      $(chip, '.chip-term').textContent = select.getAttribute('data-term');
      li.appendChild(chip);
      termList.appendChild(li);
    });
    definitions.forEach(function (definition, index) {
      var li = document.createElement('li');
      var slot = document.createElement('button');
      slot.type = 'button';
      slot.className = 'def-slot';
      slot.setAttribute('data-value', definition.value);
      slot.innerHTML = '<span class="def-number"></span><span class="def-text"></span><span class="def-placed"></span>';
      $(slot, '.def-number').textContent = (index + 1) + '.';
      $(slot, '.def-text').textContent = definition.text;
      li.appendChild(slot);
      defList.appendChild(li);
    });

    fieldset.hidden = true;
    fieldset.parentNode.insertBefore(board, fieldset);

    var picked = null;
    var justDragged = false;

    function selectFor(chip) { return document.getElementById(chip.getAttribute('data-select')); }
    function termOf(select) { return select.getAttribute('data-term'); }
    function numberOf(value) {
      for (var i = 0; i < definitions.length; i++) {
        if (definitions[i].value === value) { return i + 1; }
      }
      return 0;
    }

    // "definition 4" alone means nothing to a learner who cannot see the list: its first words go with it.
    function nameOf(value) {
      var text = '';
      definitions.forEach(function (definition) {
        if (definition.value === value) { text = definition.text; }
      });
      var words = text.split(/\s+/);
      return 'definition ' + numberOf(value) + ', “' + words.slice(0, 6).join(' ') + (words.length > 6 ? '…' : '') + '”';
    }

    function render() {
      $all(board, '.term-chip').forEach(function (chip) {
        var select = selectFor(chip);
        chip.setAttribute('aria-pressed', chip === picked ? 'true' : 'false');
        var place = $(chip, '.chip-place');
        place.textContent = select.value ? ' → definition ' + numberOf(select.value) : '';
        if (select.value) {
          var full = document.createElement('span');
          full.className = 'visually-hidden';
          full.textContent = nameOf(select.value).replace(/^definition [0-9]+/, '');
          place.appendChild(full);
        }
        chip.classList.toggle('placed', !!select.value);
      });
      $all(board, '.def-slot').forEach(function (slot) {
        var value = slot.getAttribute('data-value');
        var terms = selects.filter(function (s) { return s.value === value; }).map(termOf);
        $(slot, '.def-placed').textContent = terms.length ? 'Matched: ' + terms.join(', ') : '';
        slot.classList.toggle('filled', terms.length > 0);
      });
    }

    function pick(chip) {
      picked = picked === chip ? null : chip;
      status.textContent = picked
        ? termOf(selectFor(chip)) + ' picked. Now choose its definition.'
        : 'Nothing picked.';
      render();
    }

    function place(chip, slot) {
      var value = slot.getAttribute('data-value');
      var select = selectFor(chip);
      var displaced = [];
      selects.forEach(function (other) {
        if (other !== select && other.value === value) {
          other.value = '';
          displaced.push(termOf(other));
        }
      });
      select.value = value;
      picked = null;
      status.textContent = termOf(select) + ' matched with ' + nameOf(value) + '.'
        + (displaced.length ? ' ' + displaced.join(', ') + (displaced.length === 1 ? ' is' : ' are') + ' unmatched again.' : '');
      render();
    }

    function clear(slot) {
      var value = slot.getAttribute('data-value');
      var removed = selects.filter(function (s) { return s.value === value; });
      removed.forEach(function (s) { s.value = ''; });
      status.textContent = removed.length
        ? removed.map(termOf).join(', ') + ' taken off ' + nameOf(value) + '.'
        : 'Pick a term first, then choose this definition for it.';
      render();
    }

    board.addEventListener('click', function (event) {
      var chip = event.target.closest('.term-chip');
      var slot = event.target.closest('.def-slot');
      if (chip) {
        if (justDragged) { justDragged = false; return; }
        pick(chip);
      } else if (slot) {
        if (picked) { place(picked, slot); } else { clear(slot); }
      }
    });
    board.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && picked) {
        picked = null;
        status.textContent = 'Nothing picked.';
        render();
      }
    });

    // Dragging with pointer events works for mouse, pen and touch alike.
    var drag = null;
    board.addEventListener('pointerdown', function (event) {
      var chip = event.target.closest('.term-chip');
      if (!chip || (event.pointerType === 'mouse' && event.button !== 0)) {
        return;
      }
      justDragged = false;
      drag = { chip: chip, x: event.clientX, y: event.clientY, ghost: null, over: null };
      try { chip.setPointerCapture(event.pointerId); } catch (ignored) { /* capture is only a convenience */ }
    });
    board.addEventListener('pointermove', function (event) {
      if (!drag) {
        return;
      }
      if (!drag.ghost) {
        if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) < 6) {
          return;
        }
        drag.ghost = document.createElement('div');
        drag.ghost.className = 'drag-ghost';
        drag.ghost.setAttribute('aria-hidden', 'true');
        drag.ghost.textContent = termOf(selectFor(drag.chip));
        document.body.appendChild(drag.ghost);
        drag.chip.classList.add('dragging');
      }
      drag.ghost.style.left = event.clientX + 'px';
      drag.ghost.style.top = event.clientY + 'px';
      drag.lastX = event.clientX;
      drag.lastY = event.clientY;
      markDropTarget();
      if (!drag.scrolling) {
        drag.scrolling = requestAnimationFrame(scrollAtEdge);
      }
      event.preventDefault();
    });
    function markDropTarget() {
      var slot = slotAt(drag.lastX, drag.lastY);
      if (drag.over !== slot) {
        if (drag.over) { drag.over.classList.remove('drop-target'); }
        if (slot) { slot.classList.add('drop-target'); }
        drag.over = slot;
      }
    }
    // A term held near the top or bottom of the screen scrolls the page, so a definition out of
    // sight can be reached: on a phone the definitions lie below the terms. Only after a moment
    // there, so that a term let go on a definition near the edge lands where it was let go.
    function scrollAtEdge(now) {
      if (!drag || !drag.ghost) {
        return;
      }
      var edge = 48;
      var step = drag.lastY < edge ? -10 : drag.lastY > window.innerHeight - edge ? 10 : 0;
      if (!step) {
        drag.scrolling = null;
        drag.edgeSince = null;
        return;
      }
      drag.edgeSince = drag.edgeSince || now;
      if (now - drag.edgeSince > 250) {
        window.scrollBy(0, step);
        markDropTarget();
      }
      drag.scrolling = requestAnimationFrame(scrollAtEdge);
    }
    function endDrag(event, dropped) {
      if (!drag) {
        return;
      }
      var current = drag;
      drag = null;
      if (current.scrolling) {
        cancelAnimationFrame(current.scrolling);
      }
      if (!current.ghost) {
        return;
      }
      current.ghost.remove();
      current.chip.classList.remove('dragging');
      if (current.over) { current.over.classList.remove('drop-target'); }
      justDragged = true;
      var slot = dropped ? slotAt(event.clientX, event.clientY) : null;
      if (slot) {
        place(current.chip, slot);
      }
    }
    board.addEventListener('pointerup', function (event) { endDrag(event, true); });
    board.addEventListener('pointercancel', function (event) { endDrag(event, false); });

    function slotAt(x, y) {
      var element = document.elementFromPoint(x, y);
      return element && board.contains(element) ? element.closest('.def-slot') : null;
    }

    render();
  }

  function enhance(root) {
    enhanceForms(root);
    enhanceMatching(root);
  }

  // A launch is answered with the lesson itself, so the address is still the launch's, which a
  // reload would post again after it was used up: the session's own lesson address replaces it.
  function showOwnAddress() {
    var lesson = document.querySelector('article.lesson[data-session]');
    if (!lesson || !window.history || !history.replaceState) {
      return;
    }
    var base = lesson.getAttribute('data-session');
    if (location.pathname.indexOf(base + '/') !== 0) {
      history.replaceState(null, '', base + '/lesson' + location.hash);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    showOwnAddress();
    enhance(document);
  });
}());
