/* Keinokartta: small enhancements; every page works without this script. */
(function () {
  'use strict';

  // Filters and sort order apply as soon as they change (the form says so beforehand).
  document.querySelectorAll('form[data-auto-submit]').forEach(function (form) {
    var note = form.querySelector('[data-auto-submit-note]');
    if (note) { note.hidden = false; }
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target.matches('input[type=checkbox], select')) {
        try { sessionStorage.setItem('kk-focus', target.id); } catch (e) { /* private mode */ }
        form.submit();
      }
    });
  });
  // After such a reload, keyboard focus returns to the control that was changed.
  try {
    var focusId = sessionStorage.getItem('kk-focus');
    if (focusId) {
      sessionStorage.removeItem('kk-focus');
      var element = document.getElementById(focusId);
      if (element) { element.focus(); }
    }
  } catch (e) { /* private mode */ }

  // On wide screens the filters stand beside the results, so they start open; on a phone they stay closed.
  if (window.matchMedia && window.matchMedia('(min-width: 48.01rem)').matches) {
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) { details.open = true; });
  }

  // Print buttons exist only where printing is useful and only with this script.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // Names suggested while typing, through the browser's own accessible suggestion list.
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var lang = input.getAttribute('data-suggest');
    var timer = null;
    var last = '';
    if (!list) { return; }
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === last) { return; }
      timer = window.setTimeout(function () {
        last = text;
        fetch('/api/v1/suggest?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (data) {
            if (!data) { return; }
            list.textContent = '';
            data.suggestions.forEach(function (suggestion) {
              var option = document.createElement('option');
              option.value = suggestion.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
}());
