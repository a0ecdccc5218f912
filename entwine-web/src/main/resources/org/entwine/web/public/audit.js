// The audit page's script: the trail from /api/audit, each change with its records before and after.
const q = Entwine.params();
for (const f of ['actor', 'user', 'since']) document.getElementById(f).value = q.get(f) || '';

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value == null ? '' : value;
  if (className) el.className = className;
  return el;
}

function pretty(body) {
  return body == null ? '(new)' : JSON.stringify(JSON.parse(body), null, 2);
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
  if (!changes.length) box.appendChild(text('p', 'No change matches.', 'note'));
  for (const c of changes) {
    const d = document.createElement('details');
    d.className = 'change';
    const s = document.createElement('summary');
    s.appendChild(text('span', new Date(c.at).toLocaleString(), 'when'));
    s.appendChild(text('b', ' ' + c.enteredBy));
    if (c.address) s.appendChild(text('span', ' from ' + c.address));
    s.appendChild(text('span', ': ' + c.origin));
    if (c.reason) s.appendChild(text('i', ' (' + c.reason + ')'));
    s.appendChild(text('span', ' — ' + c.changes.length + ' record' + (c.changes.length === 1 ? '' : 's'), 'note'));
    d.appendChild(s);
    for (const r of c.changes.slice(0, 50)) {
      d.appendChild(text('h4', r.kind + ' ' + r.id + (r.before == null ? ' (new)' : ' (edited)')));
      const pair = document.createElement('div');
      pair.className = 'versions';
      pair.appendChild(text('pre', pretty(r.before)));
      pair.appendChild(text('pre', pretty(r.after)));
      d.appendChild(pair);
    }
    if (c.changes.length > 50) d.appendChild(text('p', 'and ' + (c.changes.length - 50) + ' more', 'note'));
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
      value: f => (f.updated == null ? '—' : new Date(f.updated).toLocaleString()) },
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
  load();
});
load();
