// The partner page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
const q = Entwine.params();
const actor = q.get('actor') || 'VNM';
const partner = q.get('partner');
const asOf = q.get('asOf') || new Date().toISOString().slice(0, 10);
document.getElementById('back').href = `/?actor=${actor}&asOf=${asOf}`;
const { t, label } = Entwine;
// this partner's brief for those who will not open the application: its page of the report
const brief = `/api/actors/${encodeURIComponent(actor)}/report?asOf=${asOf}&partner=${encodeURIComponent(partner)}`
  + `&lang=${Entwine.lang}`;
document.getElementById('briefPdf').href = brief;
document.getElementById('briefDocx').href = brief + '&format=docx';
document.getElementById('briefHtml').href = brief + '&format=html';
const base = `/api/actors/${encodeURIComponent(actor)}/partners/${encodeURIComponent(partner)}`;
const lastStatus = c => c.status && c.status.length ? c.status[c.status.length - 1] : null;
const list = v => (v || []).join(', ');
const STATUSES = ['IN_PROGRESS', 'FULFILLED', 'PARTIALLY_FULFILLED', 'LAPSED', 'BROKEN'];
// a table of the pair's records; none at all is said in a line, not shown as an empty table
const pair = (name, columns, rows) => {
  const downloads = document.getElementById(name + 'Downloads');
  if (!rows.length) {
    downloads.replaceChildren();
    const none = document.createElement('p');
    none.className = 'note';
    none.textContent = t('web.partner.noneRecorded');
    document.getElementById(name).replaceChildren(none);
    return;
  }
  Entwine.table(document.getElementById(name), columns, rows, { downloads, name: `${actor}-${partner}-${name}` });
};
// sources by their citation, linked to where they can be read (the id stays in the downloads)
let sourceIndex = null;
const sourcesColumn = (get) => ({ key: 'sources', label: t('web.col.sources'), value: r => list(get(r)),
  node: r => Entwine.sourceLinks(get(r), sourceIndex) });

/** A panel whose chart has nothing to draw: the chart folded away, the line under it saying why. */
function fold(chart, note, why) {
  const el = document.getElementById(chart);
  el.hidden = true;
  el.dataset.empty = 'true';
  document.getElementById(note).textContent = why;
}

async function assessment() {
  const [a, method, indicators] = await Promise.all([
    Entwine.api(`/api/actors/${encodeURIComponent(actor)}/assessment?asOf=${asOf}&runs=200`),
    Entwine.api('/api/method'), Entwine.api('/api/indicators')]);
  sourceIndex = await Entwine.sources();
  const indicatorOf = new Map(method.indicators.map(i => [i.id, i]));
  const unitOf = new Map(indicators.map(i => [i.id, i.unit]));
  const unit = id => {
    const i = indicatorOf.get(id) || {};
    if (i.kind === 'LEDGER') return t('web.unit.ledger');
    const u = unitOf.get(i.measure) || '';
    const key = 'unit.' + u.toLowerCase().replace(/[^a-z0-9]/g, '');
    return u && Entwine.has(key) ? t(key) : u;
  };
  // every partner is whole: one the portfolio does not list is assessed alone, the same way
  const p = a.partners.find(x => x.partner === partner)
    || await Entwine.api(`${base}/assessment?asOf=${asOf}&runs=200`);
  // how old the evidence is, and the pillar whose evidence is oldest, with its latest year
  const age = s => {
    const oldest = Object.entries(s.pillars).filter(([, x]) => x.age !== null)
      .reduce((a, b) => (b[1].age > a[1].age ? b : a));
    return t('web.partner.age', Entwine.fmt(s.evidenceAge), label('pillar', oldest[0]).toLowerCase(), String(oldest[1].dataYear));
  };
  document.getElementById('title').textContent = t('web.partner.title', Entwine.name(a.focal, a.focal),
    Entwine.name(p.partner, p.name), p.partner, Entwine.date(a.asOf), a.year);
  document.getElementById('briefLinks').hidden = false;
  const score = p.score || { depth: null, pillars: {}, contributions: [] };
  document.getElementById('headline').textContent = t('web.partner.headline', label('level', p.level),
    p.score ? Entwine.fmt(score.depth) : t('web.noEvidence'), p.score && p.score.thin ? t('web.partner.thin') : '',
    p.rank ? t('web.partner.rank', p.rank.rank, Entwine.fmt(p.rank.rankLow, 0), Entwine.fmt(p.rank.rankHigh, 0)) : '',
    Entwine.fmt(p.stability) || t('web.partner.unknown'),
    p.flags.length ? t('web.partner.flags', p.flags.map(f => label('flag', f)).join(', ')) : '',
    p.score && p.score.evidenceAge !== null ? age(score) : '');
  const c = p.confidence;
  const st = p.standing;
  // the degree's reasons are the core's keys and figures, worded here in the reader's language
  document.getElementById('confidence').textContent = t('web.partner.confidence', label('degree', st.degree),
    t('basis.' + st.basis), Entwine.reason(st.why), c.fallenDue, c.fulfilled, c.partial)
    + (p.cell ? t('web.partner.cell', label('cell', p.cell)) : t('web.partner.noCell'))
    // the incidents the degree names, each with its date, its title as recorded and its sources
    + (st.incidents && st.incidents.length
      ? t('web.partner.incidents', st.incidents.map(i => `${Entwine.date(i.date)}: ${i.title} [${i.sources
        .map(id => (sourceIndex.get(id) || { label: id }).label).join(', ')}]`).join('; '))
      : '');
  // each commitment on the pair with its target, what the check says and the figure that says it
  const amount = (v, u) => (v === null || v === undefined ? '' : `${Entwine.fmt(v, v % 1 ? 2 : 0)} ${Entwine.has('unit.' + u) ? t('unit.' + u) : u}`);
  pair('checks', [
    { key: 'id', label: t('web.col.id'), value: k => k.commitment },
    { key: 'by', label: t('web.col.by'), value: k => list(k.by), node: k => document.createTextNode(k.by.map(x => Entwine.name(x, x)).join(', ')) },
    { key: 'target', label: t('web.col.target'), value: k => (k.target ? amount(k.target.value, k.target.unit) : '') },
    { key: 'due', label: t('web.col.dueYear'), value: k => k.dueYear, format: v => v ?? '' },
    { key: 'verdict', label: t('web.col.verdict'), value: k => k.verdict, format: v => label('verdict', v),
      node: k => document.createTextNode(label('verdict', k.verdict)
        + (k.share !== null && k.share !== undefined ? ` (${Entwine.fmt(100 * k.share, 0)}%)` : '')) },
    { key: 'figure', label: t('web.col.figure'), value: k => (k.figure ? `${amount(k.figure.value, k.figure.unit)} (${k.figure.year})` : '') },
    sourcesColumn(k => (k.figure ? k.figure.sources : []))], c.checks || []);
  document.getElementById('binding').textContent = c.bindingWhy && c.bindingWhy.length
    ? t('partner.binding', c.bindingWhy.map(Entwine.reason).join('; ')) : t('partner.noBinding');
  const pillars = ['INTERESTS', 'INSTITUTIONS', 'IDENTITY'];
  if (!p.score) {
    fold('radar', 'radarNote', t('web.partner.noPillars'));
  } else {
    // each point with its value; a side without evidence has no point (missing is never zero)
    const side = key => pillars.map(n => (score.pillars[n] || {})[key] ?? '-');
    const valued = { show: true, formatter: x => x.value === '-' ? '' : Entwine.fmt(x.value), fontSize: 10 };
    Entwine.chart(document.getElementById('radar'), {
      tooltip: { valueFormatter: v => Entwine.fmt(v) }, legend: { bottom: 0 },
      radar: { indicator: pillars.map(n => ({ name: label('pillar', n), max: 100 })) },
      series: [{ type: 'radar', label: valued, data: [
        { name: t('web.partner.pillar'), value: side('score') },
        { name: t('partner.deJure'), value: side('deJure') },
        { name: t('partner.deFacto'), value: side('deFacto') }] }],
    });
  }
  if (!score.contributions.length) document.getElementById('explainEmpty').hidden = false;
  else pair('explain', [
    { key: 'pillar', label: t('web.partner.pillar'), value: x => x.pillar, format: v => label('pillar', v) },
    { key: 'side', label: t('web.col.side'), value: x => x.side, format: v => label('side', v) },
    { key: 'indicator', label: t('web.col.indicator'), value: x => x.indicator,
      format: v => Entwine.has('indicator.' + v) ? t('indicator.' + v) : v },
    { key: 'raw', label: t('web.col.raw'), value: x => x.raw ? x.raw.value : null, num: true, format: v => Entwine.fmt(v, 3) },
    { key: 'unit', label: t('web.col.unit'), value: x => unit(x.indicator) },
    { key: 'year', label: t('web.col.valueOf'), value: x => x.raw ? x.raw.year : null, format: v => v ?? '' },
    { key: 'score', label: t('web.col.score'), value: x => x.normalized, num: true },
    { key: 'weight', label: t('web.col.weight'), value: x => x.weight, num: true, format: v => Entwine.fmt(v, 3) },
    { key: 'points', label: t('web.col.points'), value: x => x.points, num: true, format: v => Entwine.fmt(v, 2) },
    { key: 'source', label: t('web.col.source'), value: x => x.raw ? x.raw.source : '',
      node: x => Entwine.sourceLinks(x.raw && x.raw.source !== 'ledger' ? [x.raw.source] : [], sourceIndex) },
  ], score.contributions);
  return p;
}

async function ledgers() {
  const l = await Entwine.api(`${base}/ledgers`);
  sourceIndex = await Entwine.sources();
  document.getElementById('statusId').replaceChildren(...(l.commitments || []).map(c => new Option(c.id, c.id)));
  const pick = document.getElementById('editPick');
  pick.replaceChildren(new Option(t('web.partner.pick'), ''));
  ledgerRecords = {};
  for (const kind of ['documents', 'commitments', 'projects', 'mechanisms', 'contacts']) {
    for (const r of l[kind] || []) {
      ledgerRecords[`${kind}:${r.id}`] = { kind, record: r };
      pick.appendChild(new Option(`${t('web.record.' + kind)} ${r.id}`, `${kind}:${r.id}`));
    }
  }
  const who = v => (v || []).map(code => Entwine.name(code, code)).join(', ');
  pair('commitments', [
    { key: 'id', label: t('web.col.id'), value: c => c.id }, { key: 'by', label: t('web.col.by'), value: c => list(c.by), format: () => '',
      node: c => document.createTextNode(who(c.by)) },
    { key: 'area', label: t('web.col.area'), value: c => c.area }, { key: 'text', label: t('web.col.text'), value: c => c.text },
    { key: 'due', label: t('web.col.due'), value: c => c.due, format: Entwine.date },
    { key: 'status', label: t('web.col.status'), value: c => lastStatus(c) ? lastStatus(c).status : '', format: v => label('status', v) },
    sourcesColumn(c => c.sources)], l.commitments || []);
  pair('projects', [
    { key: 'id', label: t('web.col.id'), value: x => x.id }, { key: 'name', label: t('web.col.name'), value: x => x.title || x.name },
    { key: 'status', label: t('web.col.status'), value: x => x.status || '', format: v => label('projectStatus', v) },
    { key: 'parties', label: t('web.col.parties'), value: x => list(x.parties), node: x => document.createTextNode(who(x.parties)) },
    sourcesColumn(x => x.sources)], l.projects || []);
  pair('mechanisms', [
    { key: 'id', label: t('web.col.id'), value: x => x.id }, { key: 'name', label: t('web.col.name'), value: x => x.name },
    { key: 'kind', label: t('web.col.kind'), value: x => x.kind },
    { key: 'level', label: t('col.level'), value: x => x.level || '', format: v => label('mechanismLevel', v) },
    { key: 'established', label: t('web.col.established'), value: x => x.established, format: Entwine.date },
    sourcesColumn(x => x.sources)], l.mechanisms || []);
  pair('contacts', [
    { key: 'date', label: t('web.col.date'), value: x => x.date, format: Entwine.date },
    { key: 'from', label: t('web.col.from'), value: x => x.from, format: v => Entwine.name(v, v) },
    { key: 'to', label: t('web.col.to'), value: x => x.to, format: v => Entwine.name(v, v) },
    { key: 'level', label: t('col.level'), value: x => x.level, format: v => label('contactLevel', v) },
    { key: 'title', label: t('web.col.title'), value: x => x.title }, sourcesColumn(x => x.sources)], l.contacts || []);
  pair('documents', [
    { key: 'date', label: t('web.col.date'), value: x => x.date, format: Entwine.date },
    { key: 'title', label: t('web.col.title'), value: x => x.title },
    { key: 'kind', label: t('web.col.kind'), value: x => x.kind },
    { key: 'binding', label: t('web.col.binding'), value: x => x.legallyBinding ? t('web.yes') : t('web.no') },
    sourcesColumn(x => x.sources)], l.documents || []);
}

// the ladder, lowest first; an alliance is off the ladder and drawn above it
const LADDER = ['NONE', 'OTHER_PARTNERSHIP', 'COMPREHENSIVE', 'SECTORAL_STRATEGIC', 'STRATEGIC', 'COMPREHENSIVE_STRATEGIC', 'SPECIAL', 'ALLIANCE'];

async function timeline() {
  const changes = await Entwine.api(`${base}/timeline`);
  sourceIndex = await Entwine.sources();
  // a date as precise as its source ("2008", "2014-03", "by 2013-08-30"): drawn at its earliest day
  const day = d => { const m = String(d).match(/(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/); return m ? `${m[1]}-${m[2] || '01'}-${m[3] || '01'}` : null; };
  // the level as its rank on a value axis: a category axis would become the line's base axis, and the steps
  // would turn at the wrong end (a change drawn from the change before it)
  const level = l => label('level', l);
  const points = changes.filter(e => e.level && day(e.date)).map(e => [day(e.date), LADDER.indexOf(e.level), e.change]);
  if (!points.length) {
    fold('timelineChart', 'timelineNote', t('web.partner.noFramework'));
  } else {
    points.push([new Date().toISOString().slice(0, 10), points[points.length - 1][1], 'TODAY']);
    const change = c => c === 'TODAY' ? t('web.partner.today') : label('change', c);
    Entwine.chart(document.getElementById('timelineChart'), {
      tooltip: { trigger: 'item', formatter: x => echarts.format.encodeHTML(`${Entwine.date(x.data[0])}: ${change(x.data[2])}, ${level(LADDER[x.data[1]])}`) },
      grid: { left: 220, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'time', axisLabel: { formatter: v => String(new Date(v).getUTCFullYear()) } },
      yAxis: { type: 'value', min: 0, max: LADDER.length - 1, interval: 1, axisLabel: { formatter: v => level(LADDER[v] || '') } },
      series: [{ type: 'line', step: 'end', symbolSize: 9, data: points }],
    });
  }
  // A reported fact is shown as reported; where sources disagree, what each says is shown with it.
  pair('timeline', [
    { key: 'date', label: t('web.col.date'), value: e => e.date, format: d => Entwine.date(d),
      node: e => document.createTextNode(Entwine.date(e.date) + (e.confidence === 'REPORTED' ? t('web.partner.reported') : '')) },
    { key: 'framework', label: t('web.col.framework'), value: e => e.framework },
    { key: 'change', label: t('web.col.change'), value: e => e.change, format: v => label('change', v) },
    { key: 'level', label: t('col.level'), value: e => e.level, format: level },
    { key: 'officialName', label: t('web.col.officialName'), value: e => [e.officialName, ...Object.entries(e.sideNames || {}).map(([a, n]) => `${Entwine.name(a, a)}: ${n}`)].filter(x => x).join('; ') },
    { key: 'disagreement', label: t('web.col.disagree'), value: e => e.disagreement || '' },
    sourcesColumn(e => e.sources)], changes || []);
}

async function history() {
  const h = await Entwine.api(`${base}/history?asOf=${asOf}`);
  if (!h.length) {
    fold('history', 'historyNote', t('web.partner.noHistory'));
    return;
  }
  const series = [['depth', t('col.depth')], ['interests', label('pillar', 'INTERESTS')],
    ['institutions', label('pillar', 'INSTITUTIONS')], ['identity', label('pillar', 'IDENTITY')]];
  Entwine.chart(document.getElementById('history'), {
    tooltip: { trigger: 'axis', valueFormatter: v => Entwine.fmt(v) }, legend: { bottom: 0 },
    xAxis: { type: 'category', data: h.map(y => String(y.year)) }, yAxis: { min: 0, max: 100, ...Entwine.axisNumbers },
    series: series.map(([key, name]) => ({ name, type: 'line', data: h.map(y => y[key] === null || y[key] === undefined ? null
      : Number(y[key].toFixed(1))), lineStyle: key === 'depth' ? { width: 3 } : { width: 1 } })),
  });
}

async function events() {
  // the API picks the loaded dataset that holds the pair (GDELT first, else ICEWS) and says which
  const s = await Entwine.api(`${base}/events`);
  if (!s.months.length) {
    fold('events', 'eventsNote', t('web.partner.noEvents'));
    return;
  }
  document.getElementById('eventsNote').textContent = t('web.partner.eventsFrom', s.dataset.toUpperCase(),
    Entwine.date(s.months[0].month), Entwine.date(s.months[s.months.length - 1].month), s.halfLife);
  Entwine.chart(document.getElementById('events'), {
    tooltip: { trigger: 'axis', valueFormatter: v => typeof v === 'number' && !Number.isInteger(v) ? Entwine.fmt(v, 2) : v },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: s.months.map(m => m.month), axisLabel: { formatter: v => Entwine.date(v) } },
    yAxis: [{ name: t('web.partner.score'), min: -9, max: 9 }, { name: t('web.partner.eventCount') }],
    // a month whose files are not all loaded is a gap in the lines, not a month of no events
    series: [{ name: t('web.partner.relationScore'), type: 'line', data: s.months.map(m => m.score === null ? null : Number(m.score.toFixed(2))) },
      { name: t('web.partner.eventCount'), type: 'bar', yAxisIndex: 1, data: s.months.map(m => m.events) }],
  });
}


document.getElementById('entry').addEventListener('submit', async ev => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const by = { both: [actor, partner], partner: [partner], focal: [actor] }[f.get('by')];
  const sources = f.get('sources').split(/[,\s]+/).filter(Boolean);
  const c = { id: f.get('id').trim(), by, sources };
  for (const k of ['area', 'text', 'due']) if (f.get(k).trim()) c[k] = f.get(k).trim();
  if (f.get('status')) c.status = [{ date: f.get('statusDate').trim() || f.get('due').trim(), status: f.get('status'), sources }];
  const out = document.getElementById('entryResult');
  out.hidden = false;
  try {
    await Entwine.api('/api/records', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entwine: 1, commitments: [c] }) });
    out.className = 'ok';
    out.textContent = t('web.partner.stored', c.id);
    ev.target.reset();
    await Promise.all([ledgers(), assessment()]);
  } catch (e) {
    out.className = 'error';
    out.textContent = problems(e);
  }
});

function problems(e) {
  return (e.body && e.body.problems ? e.body.problems.join('\n') : e.message).replaceAll('commitments[0].', '');
}

document.getElementById('statusEntry').addEventListener('submit', async ev => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const out = document.getElementById('statusResult');
  out.hidden = false;
  try {
    await Entwine.api(`/api/commitments/${encodeURIComponent(f.get('id'))}/status`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ date: f.get('date').trim(), status: f.get('status'),
        evidence: f.get('evidence').trim(), sources: f.get('sources').split(/[,\s]+/).filter(Boolean) }) });
    out.className = 'ok';
    out.textContent = t('web.partner.recorded', f.get('id'), label('status', f.get('status')), Entwine.date(f.get('date')));
    await Promise.all([ledgers(), assessment()]);
  } catch (e) {
    out.className = 'error';
    out.textContent = problems(e);
  }
});

let ledgerRecords = {};
document.getElementById('editPick').addEventListener('change', ev => {
  const picked = ledgerRecords[ev.target.value];
  if (!picked) return;
  document.querySelector('#rawEntry textarea').value =
    JSON.stringify({ entwine: 1, [picked.kind]: [picked.record] }, null, 2);
});

document.getElementById('rawEntry').addEventListener('submit', async ev => {
  ev.preventDefault();
  const replace = ev.submitter && ev.submitter.value === 'replace';
  const out = document.getElementById('rawResult');
  out.hidden = false;
  try {
    const r = await Entwine.api('/api/records', { method: replace ? 'PUT' : 'POST',
      headers: { 'Content-Type': 'application/json' }, body: new FormData(ev.target).get('json') });
    const n = replace ? r.replaced : r.stored;
    out.className = 'ok';
    out.textContent = t(replace ? 'web.partner.storedVersions' : 'web.partner.storedRecords', n);
    await Promise.all([ledgers(), assessment(), timeline()]);
  } catch (e) {
    out.className = 'error';
    out.textContent = problems(e);
  }
});

// the forms that write are shown to those who may write (an analyst or an admin), their statuses the
// stored values in the reader's words
Entwine.ready.then(async () => {
  document.querySelectorAll('select.statuses').forEach(select => {
    if (select.dataset.none) select.appendChild(new Option(t(select.dataset.none), ''));
    STATUSES.forEach(s => select.appendChild(new Option(label('status', s), s)));
  });
  const may = await Entwine.mayEdit();
  document.querySelectorAll('.editing').forEach(e => { e.hidden = !may; });
});
Entwine.ready.then(() => Promise.all([assessment(), ledgers(), timeline(), events(), history()])).catch(Entwine.showError);
