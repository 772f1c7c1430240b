'use strict';
// The console's core: calls to the service, the session, the language, the live updates, and keyed DOM updates.
(function () {
  const VP = window.VP = {};
  const state = { csrf: null, view: 'contracts', lang: 'en', events: null, refreshing: false, again: false };
  VP.state = state;
  const $ = (id) => document.getElementById(id);
  VP.$ = $;

  VP.t = function (key, values) {
    const texts = window.VP_TEXTS[state.lang] || window.VP_TEXTS.en;
    let text = texts[key] !== undefined ? texts[key] : (window.VP_TEXTS.en[key] !== undefined ? window.VP_TEXTS.en[key] : key);
    Object.entries(values || {}).forEach(([name, value]) => { text = text.split('{' + name + '}').join(String(value)); });
    return text;
  };

  /** Sets an element's text only when it differs, so nothing under the pointer is touched needlessly. */
  VP.text = function (el, value) {
    const text = value === null || value === undefined ? '' : String(value);
    if (el.textContent !== text) { el.textContent = text; }
  };

  VP.message = function (el, text, kind) {
    VP.text(el, text);
    el.classList.toggle('bad', kind === 'bad');
    el.classList.toggle('good', kind === 'good');
  };

  /**
   * Makes container's children match items, in order, keyed by keyOf: an element whose key stays is updated in place
   * (its buttons are never rebuilt), new keys get create(item), gone keys are removed.
   */
  VP.sync = function (container, items, keyOf, create, update) {
    const existing = new Map();
    Array.from(container.children).forEach((el) => existing.set(el.dataset.key, el));
    let previous = null;
    items.forEach((item) => {
      const key = String(keyOf(item));
      let el = existing.get(key);
      if (el) { existing.delete(key); } else { el = create(item); el.dataset.key = key; }
      update(el, item);
      const wanted = previous ? previous.nextElementSibling : container.firstElementChild;
      if (el !== wanted) { container.insertBefore(el, wanted); }
      previous = el;
    });
    existing.forEach((el) => el.remove());
  };

  /** An element with a class and optional text. */
  VP.el = function (tag, className, text) {
    const el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  };

  VP.money = function (amount, currency) {
    if (amount === null || amount === undefined || amount === '') { return ''; }
    const number = Number(amount);
    const locale = state.lang === 'sw' ? 'sw-KE' : 'en-KE';
    const shown = Number.isFinite(number)
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(number) : String(amount);
    return (currency || 'KES') + ' ' + shown;
  };

  VP.time = function (iso) {
    if (!iso) { return ''; }
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? String(iso)
      : at.toLocaleString(state.lang === 'sw' ? 'sw-KE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  };

  /** One call to the service: {status, json}; a 401 from the operator API means the session ended. */
  VP.api = async function (method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && state.csrf) { headers['X-CSRF-Token'] = state.csrf; }
    let response;
    try {
      response = await fetch(path, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      return { status: 0, json: { reason: VP.t('network_error') }, headers: new Headers() };
    }
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    if (response.status === 401 && path.startsWith('/api/')) { showSignIn(VP.t('session_ended')); }
    return { status: response.status, json: json || {}, headers: response.headers };
  };

  VP.reasonOf = (answer) => (answer.json && answer.json.reason) || ('HTTP ' + answer.status);

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => VP.text(el, VP.t(el.dataset.i18n)));
    document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = VP.t(el.dataset.i18nPlaceholder);
    });
    setLive(state.events !== null && state.events.readyState === 1);
  }

  function setLive(on) {
    const live = $('live');
    live.classList.toggle('on', on);
    VP.text(live, VP.t(on ? 'live_on' : 'live_off'));
  }

  function showSignIn(reason) {
    state.csrf = null;
    if (state.events) { state.events.close(); state.events = null; }
    $('app').hidden = true;
    $('sign-out').hidden = true;
    $('operator').hidden = true;
    $('live').hidden = true;
    $('sign-in').hidden = false;
    VP.message($('sign-in-message'), reason || '', reason ? 'bad' : null);
    $('api-key').focus();
  }

  function showApp(session) {
    state.csrf = session.csrf_token;
    VP.text($('operator'), session.operator);
    $('sign-in').hidden = true;
    $('app').hidden = false;
    $('sign-out').hidden = false;
    $('operator').hidden = false;
    $('live').hidden = false;
    listen();
    VP.show(state.view);
  }

  function listen() {
    if (state.events) { return; }
    const events = new EventSource('/api/v1/console/events');
    state.events = events;
    events.onopen = () => setLive(true);
    events.addEventListener('change', () => VP.refresh());
    events.onerror = async () => {
      setLive(false);
      if (events.readyState === 2) { // closed for good (refused): is the session still there?
        state.events = null;
        const answer = await VP.api('GET', '/console/session');
        if (answer.status === 200) { setTimeout(listen, 2000); } else { showSignIn(VP.t('session_ended')); }
      }
    };
  }

  /** Re-fetches what the current view shows; calls arriving meanwhile are folded into one more run. */
  VP.refresh = async function () {
    if (state.refreshing) { state.again = true; return; }
    state.refreshing = true;
    try {
      do {
        state.again = false;
        const view = VP.views[state.view];
        if (view && view.refresh && $('app').hidden === false) { await view.refresh(); }
      } while (state.again);
    } finally {
      state.refreshing = false;
    }
  };

  VP.show = function (name) {
    state.view = name;
    document.querySelectorAll('#nav button').forEach((b) => b.classList.toggle('current', b.dataset.view === name));
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + name; });
    const view = VP.views[name];
    if (view && view.opened) { view.opened(); }
    VP.refresh();
  };

  async function signIn(event) {
    event.preventDefault();
    const button = $('sign-in-button');
    button.disabled = true;
    const answer = await VP.api('POST', '/console/session', { api_key: $('api-key').value });
    button.disabled = false;
    $('api-key').value = '';
    if (answer.status === 200) { showApp(answer.json); return; }
    if (answer.status === 429) {
      const seconds = Number(answer.headers.get('Retry-After')) || 60;
      VP.message($('sign-in-message'), VP.t('locked', { minutes: Math.ceil(seconds / 60) }), 'bad');
      return;
    }
    VP.message($('sign-in-message'), answer.status === 401 ? VP.t('wrong_key') : VP.reasonOf(answer), 'bad');
  }

  async function signOut() {
    await VP.api('DELETE', '/console/session');
    showSignIn();
    VP.message($('sign-in-message'), VP.t('signed_out'), 'good');
  }

  VP.views = {};

  document.addEventListener('DOMContentLoaded', async () => {
    let saved = null;
    try { saved = window.localStorage.getItem('voicepact-console-lang'); } catch (e) { saved = null; }
    state.lang = saved === 'sw' ? 'sw' : 'en';
    $('language').value = state.lang;
    applyLanguage();
    $('language').addEventListener('change', () => {
      state.lang = $('language').value;
      try { window.localStorage.setItem('voicepact-console-lang', state.lang); } catch (e) { /* private mode */ }
      applyLanguage();
      VP.refresh();
    });
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('nav').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-view]');
      if (button) { VP.show(button.dataset.view); }
    });
    Object.values(VP.views).forEach((view) => { if (view.init) { view.init(); } });
    const answer = await VP.api('GET', '/console/session');
    if (answer.status === 200) { showApp(answer.json); } else { showSignIn(); }
  });
}());
