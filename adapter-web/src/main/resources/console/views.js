'use strict';
// The console's views. Each refresh() re-fetches its data and updates the page in place (VP.sync).
(function () {
  const VP = window.VP;
  const $ = VP.$;
  const t = VP.t;
  const CONTRACT_ID = /^AG-\d{4}-\d{6}$/i;
  let openId = null;

  /** A list row: a main line, a sub line, and an actions cell whose buttons are made once. */
  function row(buttons) {
    const li = VP.el('li');
    const head = VP.el('span', 'head');
    const state = VP.el('span', 'badge');
    state.hidden = true;
    head.append(VP.el('span', 'main'), state);
    li.append(head, VP.el('span', 'sub'));
    const actions = VP.el('span', 'actions');
    (buttons || []).forEach((b) => actions.append(b));
    li.append(actions);
    return li;
  }

  function fill(li, main, sub) {
    VP.text(li.querySelector('.main'), main);
    VP.text(li.querySelector('.sub'), sub);
  }

  function button(i18nKey, className, onClick) {
    const b = VP.el('button', className, t(i18nKey));
    b.type = 'button';
    b.dataset.i18n = i18nKey;
    b.addEventListener('click', onClick);
    return b;
  }

  function badge(li, text, kind) {
    const b = li.querySelector(':scope > .head > .badge');
    b.hidden = false;
    VP.text(b, text);
    b.className = 'badge ' + kind;
  }

  const statusText = (status) => t('status_' + status);
  const partyText = (p) => (p.name ? p.name + ' ' : '') + p.phone_number + ' (' + t('role_' + p.role) + ')';
  const termsText = (c) => c.terms ? [c.terms.quantity, c.terms.unit, c.terms.product].filter((x) => x !== null && x !== undefined).join(' ') : '';

  function contractRow(c) {
    return row([button('open', 'open', () => openContract(c.contract_id))]);
  }

  function updateContractRow(li, c) {
    fill(li, c.contract_id + ' · ' + termsText(c) + ' · ' + VP.money(c.total_amount, c.currency),
      c.parties.map(partyText).join(', ') + ' · ' + VP.time(c.created_at));
    badge(li, statusText(c.status), c.status);
  }

  async function searchContracts() {
    const query = $('contract-query').value.trim();
    const status = $('contract-status').value;
    let contracts = [];
    if (CONTRACT_ID.test(query)) {
      const answer = await VP.api('GET', '/api/v1/contracts/' + encodeURIComponent(query.toUpperCase()));
      contracts = answer.status === 200 && (!status || answer.json.status === status) ? [answer.json] : [];
    } else {
      const params = new URLSearchParams({ limit: '50' });
      if (query) { params.set('phone_number', query); }
      if (status) { params.set('status', status); }
      const answer = await VP.api('GET', '/api/v1/contracts?' + params);
      if (answer.status !== 200) { VP.message($('contract-count'), t('failed', { reason: VP.reasonOf(answer) }), 'bad'); return; }
      contracts = answer.json.contracts;
    }
    VP.message($('contract-count'), contracts.length ? t('contracts_found', { count: contracts.length }) : t('no_contract'));
    VP.sync($('contract-list'), contracts, (c) => c.contract_id, contractRow, updateContractRow);
  }

  function openContract(id) {
    openId = id;
    $('resolve-message').textContent = '';
    if (VP.state.view !== 'contracts') { VP.show('contracts'); } else { VP.refresh(); }
  }

  async function refreshDetail() {
    const detail = $('contract-detail');
    if (!openId) { detail.hidden = true; return; }
    const id = openId;
    const [contract, payments, timeline] = await Promise.all([
      VP.api('GET', '/api/v1/contracts/' + id),
      VP.api('GET', '/api/v1/payments/contract/' + id),
      VP.api('GET', '/api/v1/contracts/' + id + '/timeline')]);
    if (contract.status !== 200 || id !== openId) { return; }
    const c = contract.json;
    detail.hidden = false;
    VP.text($('detail-id'), c.contract_id);
    VP.text($('detail-status'), statusText(c.status));
    $('detail-status').className = 'badge ' + c.status;
    VP.text($('detail-terms'), termsText(c) + (c.terms && c.terms.unit_price ? ' × ' + VP.money(c.terms.unit_price, c.currency) : ''));
    VP.text($('detail-total'), VP.money(c.total_amount, c.currency));
    VP.text($('detail-created'), VP.time(c.created_at));
    VP.sync($('detail-parties'), c.parties, (p) => p.phone_number, () => VP.el('li'), (li, p) => VP.text(li, partyText(p)));
    $('resolve-box').hidden = c.status !== 'disputed';
    $('resolve-box').dataset.total = c.total_amount;
    $('resolve-box').dataset.currency = c.currency;
    updateSharePreview();
    const list = payments.status === 200 ? payments.json.payments : [];
    $('detail-payments-empty').hidden = list.length > 0;
    VP.sync($('detail-payments'), list, (p) => p.transaction_id, paymentRow, updatePaymentRow);
    const unavailable = timeline.status === 404 && !(timeline.json && timeline.json.contract_id);
    $('timeline-unavailable').hidden = !unavailable;
    const events = timeline.status === 200 ? timeline.json.events : [];
    VP.sync($('detail-timeline'), events, (e) => e.at + '|' + e.kind + '|' + e.summary, timelineItem, updateTimelineItem);
  }

  function paymentRow() {
    const li = row([]);
    li.append(VP.el('ul', 'payouts'));
    return li;
  }

  function updatePaymentRow(li, p) {
    fill(li, t('payment_line', { amount: VP.money(p.amount, p.currency), payer: p.payer_phone, status: t('pay_' + p.status) }),
      p.transaction_id + (p.external_transaction_id ? ' · ' + p.external_transaction_id : ''));
    VP.sync(li.querySelector('.payouts'), p.payouts, (o) => o.payout_id, () => {
      const item = VP.el('li', 'payout');
      item.append(VP.el('span', 'payout-what'), VP.el('span', 'badge payout-state'));
      return item;
    }, (item, o) => {
      VP.text(item.querySelector('.payout-what'), t('payout_line', {
        kind: t('payout_' + o.kind), amount: VP.money(o.amount, p.currency), recipient: o.recipient_phone }));
      const state = item.querySelector('.payout-state');
      VP.text(state, t('out_' + o.state));
      state.className = 'badge payout-state ' + o.state + (o.state === 'confirmed' ? ' confirmed_payout' : '');
      item.dataset.state = o.state;
    });
  }

  function timelineItem() {
    const li = VP.el('li');
    li.append(VP.el('time'), VP.el('span', 'badge kind'), VP.el('span', 'summary'), VP.el('span', 'hint actor'));
    return li;
  }

  const SERVER_AMOUNT = /\b([A-Z]{3}) (-?\d+(?:\.\d+)?)\b/g; // as the server writes money: "KES 10000.00"

  /** The server's English summary with its amounts written as everywhere else on the page ("KES 10,000"). */
  const summaryText = (summary) => summary.replace(SERVER_AMOUNT, (all, currency, amount) => VP.money(amount, currency));

  function updateTimelineItem(li, e) {
    VP.text(li.querySelector('time'), VP.time(e.at));
    VP.text(li.querySelector('.kind'), t('event_' + e.kind));
    VP.text(li.querySelector('.summary'), summaryText(e.summary));
    VP.text(li.querySelector('.actor'), ' — ' + e.actor);
    li.dataset.kind = e.kind;
    li.dataset.action = (e.detail && e.detail.action) || '';
  }

  function chosenResolution() {
    const checked = document.querySelector('input[name=resolution]:checked');
    return checked ? checked.value : 'release';
  }

  /** The split of the box's total for a seller's share in whole percent: {seller, buyer}, as the preview shows it. */
  function shares(percent) {
    const total = Number($('resolve-box').dataset.total);
    const seller = Math.floor(total * percent) / 100;
    return { seller, buyer: total - seller };
  }

  function updateSharePreview() {
    const split = chosenResolution() === 'split';
    $('share-row').hidden = !split;
    const percent = Number($('seller-share').value);
    const currency = $('resolve-box').dataset.currency;
    const valid = Number.isInteger(percent) && percent >= 1 && percent <= 99;
    const split100 = shares(percent);
    VP.message($('share-preview'), !split ? '' : !valid ? t('share_invalid')
      : t('share_preview', { seller: VP.money(split100.seller, currency), buyer: VP.money(split100.buyer, currency) }),
    split && !valid ? 'bad' : null);
    return valid;
  }

  /** What was decided, in the operator's words; the contract's status then follows by live updates as payouts settle. */
  function decidedText(resolution, percent) {
    const box = $('resolve-box');
    const money = (amount) => VP.money(amount, box.dataset.currency);
    if (resolution === 'split') {
      const split = shares(percent);
      return t('resolved_split', {
        seller_percent: percent, buyer_percent: 100 - percent, seller: money(split.seller), buyer: money(split.buyer) });
    }
    return resolution === 'refund' ? t('resolved_refund', { amount: money(box.dataset.total) })
      : t('resolved_release', { amount: money(box.dataset.total) });
  }

  async function resolve() {
    const resolution = chosenResolution();
    const body = { resolution };
    const percent = Number($('seller-share').value);
    if (resolution === 'split') {
      if (!updateSharePreview()) { return; }
      body.seller_share = (percent / 100).toFixed(2);
    }
    const submit = $('resolve-submit');
    submit.disabled = true;
    const answer = await VP.api('POST', '/api/v1/contracts/' + openId + '/dispute/resolve', body);
    submit.disabled = false;
    if (answer.status === 200) {
      VP.message($('resolve-message'), decidedText(resolution, percent), 'good');
    } else {
      VP.message($('resolve-message'), t('failed', { reason: VP.reasonOf(answer) }), 'bad');
    }
    VP.refresh();
  }

  VP.views.contracts = {
    init() {
      $('contract-search-form').addEventListener('submit', (e) => { e.preventDefault(); VP.refresh(); });
      $('contract-status').addEventListener('change', () => VP.refresh());
      $('detail-close').addEventListener('click', () => { openId = null; $('contract-detail').hidden = true; });
      document.querySelectorAll('input[name=resolution]').forEach((r) => r.addEventListener('change', updateSharePreview));
      $('seller-share').addEventListener('input', updateSharePreview);
      $('resolve-submit').addEventListener('click', resolve);
    },
    async refresh() { await Promise.all([searchContracts(), refreshDetail()]); }
  };

  function disputeRow(d) {
    return row([button('open', 'open', () => openContract(d.contract_id))]);
  }

  VP.views.disputes = {
    async refresh() {
      const answer = await VP.api('GET', '/api/v1/disputes?limit=100');
      let items;
      if (answer.status === 200) {
        items = answer.json.disputes.map((d) => ({
          contract_id: d.contract_id,
          main: d.contract_id + ' · ' + t('held', { amount: VP.money(d.held, d.currency) }),
          sub: t('dispute_line', { by: d.raised_by, at: VP.time(d.raised_at), reason: d.reason }) }));
      } else {
        const fallback = await VP.api('GET', '/api/v1/contracts?status=disputed&limit=100');
        items = (fallback.json.contracts || []).map((c) => ({
          contract_id: c.contract_id,
          main: c.contract_id + ' · ' + termsText(c) + ' · ' + VP.money(c.total_amount, c.currency),
          sub: c.parties.map(partyText).join(', ') }));
      }
      $('disputes-unavailable').hidden = answer.status !== 404;
      $('disputes-empty').hidden = items.length > 0;
      VP.sync($('dispute-list'), items, (d) => d.contract_id, disputeRow, (li, d) => fill(li, d.main, d.sub));
    }
  };

  VP.views.payments = {
    async refresh() {
      const [attention, flagged] = await Promise.all([
        VP.api('GET', '/api/v1/payments/attention?limit=100'),
        VP.api('GET', '/api/v1/payments/events/flagged?limit=100')]);
      $('attention-unavailable').hidden = attention.status !== 404;
      const items = attention.status === 200 ? attention.json.items : [];
      $('attention-empty').hidden = attention.status !== 200 || items.length > 0;
      VP.sync($('attention-list'), items, (i) => i.kind + '|' + i.payment_id + '|' + i.transaction_id,
        (i) => row([button('open', 'open', () => openContract(i.contract_id))]),
        (li, i) => fill(li, t('attention_line', {
          kind: t('kind_' + i.kind), contract: i.contract_id, amount: VP.money(i.amount, i.currency), since: VP.time(i.since) }),
        i.transaction_id + ' · ' + i.detail));
      const events = flagged.status === 200 ? flagged.json.events : [];
      $('flagged-empty').hidden = events.length > 0;
      VP.sync($('flagged-list'), events, (e) => e.transaction_id + '|' + e.received_at, () => row([]),
        (li, e) => fill(li, t('flagged_line', { transaction: e.transaction_id, value: e.value, outcome: e.outcome }),
          VP.time(e.received_at) + ' · ' + e.detail));
    }
  };

  const localInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

  async function reconcile() {
    const from = new Date($('reconcile-from').value);
    const to = new Date($('reconcile-to').value);
    const params = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    const answer = await VP.api('GET', '/api/v1/payments/reconciliation?' + params);
    if (answer.status !== 200) { VP.message($('reconcile-summary'), t('failed', { reason: VP.reasonOf(answer) }), 'bad'); return; }
    const r = answer.json;
    const summary = r.clean ? t('reconcile_clean', { payments: r.payments_checked, provider: r.provider_transactions_checked })
      : t('reconcile_dirty', { count: r.mismatches.length, payments: r.payments_checked });
    VP.message($('reconcile-summary'), summary + (r.provider_checked ? '' : ' ' + t('reconcile_unchecked', { why: r.provider_unchecked })),
      r.mismatches.length ? 'bad' : 'good');
    VP.sync($('mismatch-list'), r.mismatches, (m) => m.kind + '|' + m.transaction_id + '|' + m.external_transaction_id,
      () => row([]), (li, m) => fill(li, m.kind + ' · ' + (m.transaction_id || m.external_transaction_id || ''), m.detail));
  }

  VP.views.reconciliation = {
    init() {
      const now = new Date();
      $('reconcile-to').value = localInput(new Date(now.getTime() + 60000));
      $('reconcile-from').value = localInput(new Date(now.getTime() - 24 * 3600 * 1000));
      $('reconcile-form').addEventListener('submit', (e) => { e.preventDefault(); reconcile(); });
    },
    opened() { reconcile(); } // run on demand only: a run may audit what it finds
  };

  VP.views.outbox = {
    async refresh() {
      const answer = await VP.api('GET', '/api/v1/outbox?limit=100');
      $('outbox-unavailable').hidden = answer.status !== 404;
      const o = answer.status === 200 ? answer.json : { pending: 0, oldest_pending_at: null, given_up: [] };
      VP.message($('outbox-summary'), answer.status !== 200 ? '' : o.pending
        ? t('outbox_summary', { pending: o.pending, oldest: VP.time(o.oldest_pending_at) }) : t('outbox_empty'));
      VP.sync($('given-up-list'), o.given_up, (m) => m.message_id, () => row([]),
        (li, m) => fill(li, t('given_up_line', { kind: m.kind, recipient: m.recipient, attempts: m.attempts, error: m.last_error }),
          VP.time(m.given_up_at) + ' · ' + m.summary));
    }
  };

  async function resetCircuit(name, b) {
    b.disabled = true;
    const answer = await VP.api('POST', '/api/v1/admin/circuits/' + encodeURIComponent(name) + '/reset');
    b.disabled = false;
    VP.message($('circuit-message'), answer.status === 200 ? t('circuit_reset', { name })
      : t('failed', { reason: VP.reasonOf(answer) }), answer.status === 200 ? 'good' : 'bad');
    VP.refresh();
  }

  VP.views.circuits = {
    async refresh() {
      const answer = await VP.api('GET', '/health');
      const services = answer.json.services || {};
      VP.message($('health-summary'), t('health', { status: answer.json.status || ('HTTP ' + answer.status) }),
        answer.json.status === 'healthy' ? 'good' : 'bad');
      const circuits = Object.entries(services).filter(([key]) => key.endsWith('_circuit'))
        .map(([key, value]) => ({ name: key.slice(0, -'_circuit'.length), state: value }));
      VP.sync($('circuit-list'), circuits, (c) => c.name, (c) => {
        const li = row([]);
        const b = button('reset', 'reset', () => resetCircuit(c.name, b));
        li.querySelector('.actions').append(b);
        return li;
      }, (li, c) => { fill(li, c.name, ''); badge(li, c.state, c.state); });
    }
  };

  VP.views.audit = {
    init() { $('audit-verify').addEventListener('click', () => this.verify()); },
    opened() { this.verify(); },
    async verify() {
      const answer = await VP.api('GET', '/api/v1/audit/verify');
      const v = answer.json;
      if (answer.status !== 200) { VP.message($('audit-result'), t('failed', { reason: VP.reasonOf(answer) }), 'bad'); return; }
      VP.message($('audit-result'), v.intact ? t('audit_intact', { count: v.entries_checked })
        : t('audit_broken', { sequence: v.first_broken_sequence, reason: v.reason, count: v.entries_checked }), v.intact ? 'good' : 'bad');
    }
  };
}());
