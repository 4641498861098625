// What the console's pages do with htmx when the session has ended. A page's own request follows the redirect to
// Keycloak and back; a background request (an autosave, a progress poll) cannot, so the console answers it 499
// (HtmxRequests). Then this script keeps the form's fields in the tab's sessionStorage, loads the page again (through
// sign-in, silent while Keycloak's session lasts) and, once back, puts the fields back and saves them. Nothing typed
// is lost to an expired session; nothing is kept beyond the tab or for another page.
(function () {
  'use strict';
  var KEPT = 'ta-console-kept:';
  var KEPT_FOR_MS = 12 * 60 * 60 * 1000;

  function keptKey() {
    return KEPT + location.pathname;
  }

  // the fields a person fills in; hidden ones (the ETag, ids) come fresh from the server with the page
  function fillable(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && !field.disabled && field.type !== 'hidden' && field.type !== 'submit'
          && field.type !== 'button';
    });
  }

  function keep(form) {
    var fields = {};
    fillable(form).forEach(function (field) {
      var values = fields[field.name] || (fields[field.name] = []);
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.checked) {
          values.push(field.value);
        }
      } else {
        values.push(field.value);
      }
    });
    sessionStorage.setItem(keptKey(), JSON.stringify({ at: Date.now(), fields: fields }));
  }

  function putBack(form, fields) {
    fillable(form).forEach(function (field) {
      var values = fields[field.name];
      if (!values) {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = values.indexOf(field.value) >= 0;
      } else {
        field.value = values[0] === undefined ? '' : values[0];
      }
    });
  }

  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr.status !== 499) {
      return;
    }
    var form = event.detail.elt.closest('form[data-keep-across-sign-in]');
    if (form) {
      keep(form);
    }
    location.assign(location.href);
  });

  document.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt.closest('form[data-unreachable]');
    var status = document.getElementById('autosave');
    if (form && status) {
      status.textContent = form.getAttribute('data-unreachable');
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var kept = sessionStorage.getItem(keptKey());
    if (!kept) {
      return;
    }
    sessionStorage.removeItem(keptKey());
    var form = document.querySelector('form[data-keep-across-sign-in]');
    var parsed = JSON.parse(kept);
    if (!form || Date.now() - parsed.at > KEPT_FOR_MS) {
      return;
    }
    putBack(form, parsed.fields);
    var status = document.getElementById('autosave');
    if (status) {
      status.textContent = form.getAttribute('data-keep-across-sign-in');
    }
    // after htmx has read the page (its own DOMContentLoaded listener came first), save what was put back
    setTimeout(function () {
      htmx.trigger(form, 'change');
    }, 0);
  });
})();
