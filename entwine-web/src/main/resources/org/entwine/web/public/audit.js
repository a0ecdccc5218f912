// The audit page's script: the trail from /api/audit, each change with its records before and after.
const q = Entwine.params();
for (const f of ['actor', 'user', 'since']) document.getElementById(f).value = q.get(f) || '';

// times as the reader's language writes them
const locale = Entwine.lang === 'vi' ? 'vi-VN' : 'en-GB';

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value == null ? '' : value;
  if (className) el.className = className;
  return el;
}

function pretty(body) {
  return body == null ? Entwine.t('web.audit.new') : JSON.stringify(JSON.parse(body), null, 2);
}

async function load() {
  const params = new URLSearchParams();
  for (const f of ['actor', 'user', 'since']) {
    const v = document.getElementById(f).value.trim();
    if (v) params.set(f, v);
  }
  params.set('limit', '200');
  let changes;
  try {
    changes = await Entwine.api('/api/audit?' + params);
  } catch (e) {
    Entwine.showError(e);
    return;
  }
  const box = document.getElementById('changes');
  box.replaceChildren();
  const { t } = Entwine;
  if (!changes.length) box.appendChild(text('p', t('web.audit.none'), 'note'));
  for (const c of changes) {
    const d = document.createElement('details');
    d.className = 'change';
    const s = document.createElement('summary');
    s.appendChild(text('span', new Date(c.at).toLocaleString(locale), 'when'));
    s.appendChild(text('b', ' ' + c.enteredBy));
    if (c.address) s.appendChild(text('span', t('web.audit.from', c.address)));
    s.appendChild(text('span', ': ' + c.origin));
    if (c.reason) s.appendChild(text('i', ' (' + c.reason + ')'));
    s.appendChild(text('span', t('web.audit.records', c.changes.length), 'note'));
    d.appendChild(s);
    for (const r of c.changes.slice(0, 50)) {
      d.appendChild(text('h4', t('web.audit.record', Entwine.has('web.kind.' + r.kind) ? t('web.kind.' + r.kind) : r.kind, r.id,
        t(r.before == null ? 'web.audit.new' : 'web.audit.edited'))));
      const pair = document.createElement('div');
      pair.className = 'versions';
      pair.appendChild(text('pre', pretty(r.before)));
      pair.appendChild(text('pre', pretty(r.after)));
      d.appendChild(pair);
    }
    if (c.changes.length > 50) d.appendChild(text('p', t('web.audit.more', c.changes.length - 50), 'note'));
    box.appendChild(d);
  }
}

// how current each event source is: one row per source, the months missing in a cell's tooltip
async function freshness() {
  let sources;
  try {
    await Entwine.ready;
    sources = await Entwine.api('/api/freshness');
  } catch (e) {
    Entwine.showError(e);
    return;
  }
  Entwine.table(document.getElementById('freshness'), [
    { key: 'dataset', label: Entwine.t('web.audit.source'), value: f => f.dataset },
    { key: 'latest', label: Entwine.t('web.audit.latest'), value: f => f.latest ?? '—' },
    { key: 'updated', label: Entwine.t('web.audit.updated'),
      value: f => (f.updated == null ? '—' : new Date(f.updated).toLocaleString(locale)) },
    { key: 'missing', label: Entwine.t('web.audit.missing'), value: f => f.missing.length, num: true,
      node: f => {
        const el = text('span', String(f.missing.length));
        el.title = f.missing.join('\n');
        return el;
      } },
  ], sources, { name: 'freshness' });
}

freshness();

document.getElementById('ask').addEventListener('submit', (e) => {
  e.preventDefault();
  Entwine.ready.then(load);
});
Entwine.ready.then(load);
