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
document.getElementById('briefHtml').href = brief + '&format=html';
document.getElementById('briefDocx').href = brief + '&format=docx';
const base = `/api/actors/${encodeURIComponent(actor)}/partners/${encodeURIComponent(partner)}`;
const lastStatus = c => c.status && c.status.length ? c.status[c.status.length - 1] : null;
const list = v => (v || []).join(', ');
const pair = (name, columns, rows) => Entwine.table(document.getElementById(name), columns, rows,
  { downloads: document.getElementById(name + 'Downloads'), name: `${actor}-${partner}-${name}` });
// sources by their citation, linked to where they can be read (the id stays in the downloads)
let sourceIndex = null;
const sourcesColumn = (get) => ({ key: 'sources', label: t('web.col.sources'), value: r => list(get(r)),
  node: r => Entwine.sourceLinks(get(r), sourceIndex) });

async function assessment() {
  const [a, method, indicators] = await Promise.all([
    Entwine.api(`/api/actors/${encodeURIComponent(actor)}/assessment?asOf=${asOf}&runs=200`),
    Entwine.api('/api/method'), Entwine.api('/api/indicators')]);
  sourceIndex = await Entwine.sources();
  const measureOf = new Map(method.indicators.map(i => [i.id, i.measure]));
  const unitOf = new Map(indicators.map(i => [i.id, i.unit]));
  const unit = id => { const m = measureOf.get(id) || ''; return m.startsWith('ledger:') ? t('web.unit.ledger') : unitOf.get(m) || ''; };
  const p = a.partners.find(x => x.partner === partner);
  // how old the evidence is, and the pillar whose evidence is oldest, with its latest year
  const age = s => {
    const oldest = Object.entries(s.pillars).filter(([, x]) => x.age !== null)
      .reduce((a, b) => (b[1].age > a[1].age ? b : a));
    return t('web.partner.age', Entwine.fmt(s.evidenceAge), label('pillar', oldest[0]).toLowerCase(), oldest[1].dataYear);
  };
  document.getElementById('title').textContent = p ? t('web.partner.title', a.focal, Entwine.name(p.partner, p.name), p.partner, a.asOf, a.year)
    : t('web.partner.titleBare', a.focal, partner);
  if (!p) {
    document.getElementById('headline').textContent = t('web.partner.noRecord');
    return null;
  }
  document.getElementById('briefLinks').hidden = false;
  const score = p.score || { depth: null, pillars: {}, contributions: [] };
  document.getElementById('headline').textContent = t('web.partner.headline', label('level', p.level),
    p.score ? Entwine.fmt(score.depth) : t('web.noEvidence'), p.score && p.score.thin ? t('web.partner.thin') : '',
    p.rank ? t('web.partner.rank', p.rank.rank, Entwine.fmt(p.rank.rankLow, 0), Entwine.fmt(p.rank.rankHigh, 0)) : '',
    Entwine.fmt(p.stability) || t('web.partner.unknown'),
    p.flags.length ? t('web.partner.flags', p.flags.map(f => label('flag', f)).join(', ')) : '',
    p.score && p.score.evidenceAge !== null ? age(score) : '');
  const c = p.confidence;
  const st = p.standing || { degree: c.degree, basis: 'ledger', reason: c.reason };
  document.getElementById('confidence').textContent = t('web.partner.confidence', label('degree', st.degree),
    t('basis.' + st.basis), st.reason, c.fallenDue, c.fulfilled, c.partial)
    + (c.binding.length ? t('web.partner.binding', c.binding.join('; ')) : t('web.partner.noBinding'))
    + (p.cell ? t('web.partner.cell', label('cell', p.cell)) : t('web.partner.noCell'));
  const pillars = ['INTERESTS', 'INSTITUTIONS', 'IDENTITY'];
  Entwine.chart(document.getElementById('radar'), {
    tooltip: {}, legend: { bottom: 0 },
    radar: { indicator: pillars.map(n => ({ name: label('pillar', n), max: 100 })) },
    series: [{ type: 'radar', data: [
      { name: t('web.partner.pillar'), value: pillars.map(n => (score.pillars[n] || {}).score ?? 0) },
      { name: t('partner.deJure'), value: pillars.map(n => (score.pillars[n] || {}).deJure ?? 0) },
      { name: t('partner.deFacto'), value: pillars.map(n => (score.pillars[n] || {}).deFacto ?? 0) }] }],
  });
  pair('explain', [
    { key: 'pillar', label: t('web.partner.pillar'), value: x => x.pillar, format: v => label('pillar', v) },
    { key: 'side', label: t('web.col.side'), value: x => x.side,
      format: v => t(v === 'DE_JURE' ? 'partner.deJure' : 'partner.deFacto') },
    { key: 'indicator', label: t('web.col.indicator'), value: x => x.indicator },
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
      pick.appendChild(new Option(`${kind.slice(0, -1)} ${r.id}`, `${kind}:${r.id}`));
    }
  }
  pair('commitments', [
    { key: 'id', label: t('web.col.id'), value: c => c.id }, { key: 'by', label: t('web.col.by'), value: c => list(c.by) },
    { key: 'area', label: t('web.col.area'), value: c => c.area }, { key: 'text', label: t('web.col.text'), value: c => c.text },
    { key: 'due', label: t('web.col.due'), value: c => c.due },
    { key: 'status', label: t('web.col.status'), value: c => lastStatus(c) ? lastStatus(c).status : '' },
    sourcesColumn(c => c.sources)], l.commitments || []);
  pair('projects', [
    { key: 'id', label: t('web.col.id'), value: x => x.id }, { key: 'name', label: t('web.col.name'), value: x => x.name },
    { key: 'parties', label: t('web.col.parties'), value: x => list(x.parties) }, sourcesColumn(x => x.sources)],
    l.projects || []);
  pair('mechanisms', [
    { key: 'id', label: t('web.col.id'), value: x => x.id }, { key: 'name', label: t('web.col.name'), value: x => x.name },
    { key: 'kind', label: t('web.col.kind'), value: x => x.kind },
    { key: 'established', label: t('web.col.established'), value: x => x.established },
    sourcesColumn(x => x.sources)], l.mechanisms || []);
  pair('contacts', [
    { key: 'date', label: t('web.col.date'), value: x => x.date }, { key: 'from', label: t('web.col.from'), value: x => x.from },
    { key: 'to', label: t('web.col.to'), value: x => x.to }, { key: 'level', label: t('col.level'), value: x => x.level },
    { key: 'title', label: t('web.col.title'), value: x => x.title }, sourcesColumn(x => x.sources)], l.contacts || []);
  pair('documents', [
    { key: 'date', label: t('web.col.date'), value: x => x.date }, { key: 'title', label: t('web.col.title'), value: x => x.title },
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
  if (points.length) points.push([new Date().toISOString().slice(0, 10), points[points.length - 1][1], t('web.partner.today')]);
  Entwine.chart(document.getElementById('timelineChart'), {
    tooltip: { trigger: 'item', formatter: x => echarts.format.encodeHTML(`${x.data[0]}: ${x.data[2].toLowerCase()}, ${level(LADDER[x.data[1]])}`) },
    grid: { left: 220, right: 30, top: 20, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: 0, max: LADDER.length - 1, interval: 1, axisLabel: { formatter: v => level(LADDER[v] || '') } },
    series: [{ type: 'line', step: 'end', symbolSize: 9, data: points }],
    graphic: points.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: t('web.partner.noFramework'), fill: '#556' } }],
  });
  // A reported fact is shown as reported; where sources disagree, what each says is shown with it.
  pair('timeline', [
    { key: 'date', label: t('web.col.date'), value: e => e.date + (e.confidence === 'REPORTED' ? t('web.partner.reported') : '') },
    { key: 'framework', label: t('web.col.framework'), value: e => e.framework },
    { key: 'change', label: t('web.col.change'), value: e => e.change },
    { key: 'level', label: t('col.level'), value: e => e.level, format: level },
    { key: 'officialName', label: t('web.col.officialName'), value: e => [e.officialName, ...Object.entries(e.sideNames || {}).map(([a, n]) => `${a}: ${n}`)].filter(x => x).join('; ') },
    { key: 'disagreement', label: t('web.col.disagree'), value: e => e.disagreement || '' },
    sourcesColumn(e => e.sources)], changes || []);
}

async function history() {
  const h = await Entwine.api(`${base}/history?asOf=${asOf}`);
  const series = [['depth', t('col.depth')], ['interests', label('pillar', 'INTERESTS')],
    ['institutions', label('pillar', 'INSTITUTIONS')], ['identity', label('pillar', 'IDENTITY')]];
  Entwine.chart(document.getElementById('history'), {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    xAxis: { type: 'category', data: h.map(y => y.year) }, yAxis: { min: 0, max: 100 },
    series: series.map(([key, name]) => ({ name, type: 'line', data: h.map(y => y[key] === null || y[key] === undefined ? null
      : Number(y[key].toFixed(1))), lineStyle: key === 'depth' ? { width: 3 } : { width: 1 } })),
    graphic: h.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: t('web.partner.noHistory'), fill: '#556' } }],
  });
}

async function events() {
  const el = document.getElementById('events');
  // the API picks the loaded dataset that holds the pair (GDELT first, else ICEWS) and says which
  const s = await Entwine.api(`${base}/events`);
  if (!s.months.length) {
    document.getElementById('eventsNote').textContent = t('web.partner.noEvents');
    Entwine.chart(el, { graphic: [{ type: 'text', left: 'center', top: 'middle', style: { text: t('web.partner.noEventsShort'), fill: '#556' } }] });
    return;
  }
  document.getElementById('eventsNote').textContent = t('web.partner.eventsFrom', s.dataset.toUpperCase(), s.months[0].month,
    s.months[s.months.length - 1].month, s.halfLife);
  Entwine.chart(el, {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    xAxis: { type: 'category', data: s.months.map(m => m.month) },
    yAxis: [{ name: t('web.partner.score'), min: -9, max: 9 }, { name: t('web.partner.eventCount') }],
    // a month whose files are not all loaded is a gap in the lines, not a month of no events
    series: [{ name: t('web.partner.relationScore'), type: 'line', data: s.months.map(m => m.score === null ? null : m.score.toFixed(2)) },
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
    out.textContent = t('web.partner.recorded', f.get('id'), f.get('status'), f.get('date'));
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

Entwine.ready.then(() => Promise.all([assessment(), ledgers(), timeline(), events(), history()])).catch(Entwine.showError);
