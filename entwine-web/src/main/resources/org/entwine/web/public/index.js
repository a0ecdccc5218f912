// The index page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
const DEGREES = { HIGH_CONFIDENCE: 1, LESS_CONFIDENCE: 2, SUSPICION: 3, DEEP_SUSPICION: 4 };
const { t, label } = Entwine;
const q = Entwine.params();
document.getElementById('actor').value = q.get('actor') || 'VNM';
document.getElementById('asOf').value = q.get('asOf') || new Date().toISOString().slice(0, 10);
// a partner the evidence does not cover has no score at all: its figures read as missing, never zero
const pillar = (p, name) => p.score && p.score.pillars && p.score.pillars[name] ? p.score.pillars[name].score : null;
const depthOf = p => p.score ? p.score.depth ?? null : null;
const degreeOf = p => p.standing ? p.standing.degree : p.confidence.degree;

async function load() {
  const actor = document.getElementById('actor').value.trim();
  const asOf = document.getElementById('asOf').value;
  document.getElementById('error').hidden = true;
  let a, levels, byId;
  try {
    [a, levels, byId] = await Promise.all([
      Entwine.api(`/api/actors/${encodeURIComponent(actor)}/assessment?asOf=${asOf}&runs=200`),
      Entwine.api(`/api/actors/${encodeURIComponent(actor)}/levels?asOf=${asOf}`), Entwine.sources()]);
  } catch (e) {
    Entwine.showError(e);
    return;
  }
  // a source by its short label (its publisher or dataset), the registry's ledgers by their name
  const sourceLabel = id => byId.get(id) ? byId.get(id).label : id === 'ledger' ? t('appendix.ledgerShort') : id;
  // the executive page: key judgements, risks and what changed over the year, in the page's words
  Entwine.api(`/api/actors/${encodeURIComponent(a.focal)}/briefing?asOf=${a.asOf}&lang=${Entwine.lang}`)
    .then(b => {
      const fill = (id, lines) => {
        const list = document.getElementById(id);
        list.replaceChildren(...lines.map(l => { const li = document.createElement('li'); li.textContent = l; return li; }));
      };
      fill('judgements', b.judgements);
      fill('risks', b.risks);
      fill('changed', b.changed);
      document.getElementById('changedHeading').textContent = b.changedHeading;
      document.getElementById('executive').hidden = false;
    })
    .catch(Entwine.showError);
  // the report of the same assessment, for those who will not open the application
  const report = `/api/actors/${encodeURIComponent(a.focal)}/report?asOf=${a.asOf}&lang=${Entwine.lang}`;
  document.getElementById('pdf').href = report;
  document.getElementById('reportHtml').href = report + '&format=html';
  document.getElementById('reportDocx').href = report + '&format=docx';
  document.getElementById('reportLinks').hidden = false;
  // "more cooperation" is judged among peers: the median depth of the ranked partners at each level
  document.getElementById('summary').textContent = t('web.summary', Entwine.name(a.focal, a.focal), Entwine.date(a.asOf),
    a.partners.length, a.year, a.runs, a.seed, a.methodId, a.methodVersion,
    Object.keys(a.peers).length === 0 ? t('web.summary.noThreshold')
      : t('web.summary.threshold', Object.entries(a.peers)
        .filter(([l]) => a.partners.some(p => p.level === l && l !== 'NONE'))
        .map(([l, d]) => `${label('level', l)} ${Entwine.fmt(d)}`).join(', ')));
  // how old the evidence is: each source's freshest year (the partner pages cite each)
  const v = a.vintage;
  document.getElementById('evidence').textContent = v && v.medianAge !== null
    ? [t('web.evidence', Object.entries(v.freshest).map(([id, year]) => `${sourceLabel(id)} ${year}`).join(', '),
      Entwine.fmt(v.medianAge), Entwine.fmt(v.oldestAge)), depthBasis(v)].join(' ').trim()
    : '';
  const link = p => `/partner.html?actor=${a.focal}&partner=${p.partner}&asOf=${a.asOf}`;
  // the table's values are the API's (so the downloads are too); the reader's words are the cells' text
  Entwine.table(document.getElementById('partners'), [
    { key: 'partner', label: t('col.partner'), value: p => p.partner, link },
    { key: 'name', label: t('web.col.name'), value: p => Entwine.name(p.partner, p.name) },
    { key: 'level', label: t('col.level'), value: p => p.level, format: v => label('level', v) },
    { key: 'depth', label: t('col.depth'), value: depthOf, num: true, format: v => v === null ? t('web.noEvidence') : Entwine.fmt(v) },
    { key: 'rank', label: t('col.rank'), value: p => p.rank ? p.rank.rank : null, num: true, format: v => v ?? '' },
    { key: 'rankInterval', label: t('web.col.interval'), value: p => p.rank ? `${Entwine.fmt(p.rank.rankLow, 0)}-${Entwine.fmt(p.rank.rankHigh, 0)}` : '' },
    { key: 'interests', label: t('pillar.INTERESTS'), value: p => pillar(p, 'INTERESTS'), num: true },
    { key: 'institutions', label: t('pillar.INSTITUTIONS'), value: p => pillar(p, 'INSTITUTIONS'), num: true },
    { key: 'identity', label: t('pillar.IDENTITY'), value: p => pillar(p, 'IDENTITY'), num: true },
    { key: 'width', label: t('web.col.width'), value: p => p.score ? p.score.width : null, num: true, format: v => Entwine.fmt(v, 0) },
    { key: 'evidenceAge', label: t('web.col.age'), value: p => p.score ? p.score.evidenceAge ?? null : null, num: true },
    { key: 'durable', label: t('web.col.durable'), value: p => p.score ? p.score.durableYears ?? null : null, num: true, format: v => Entwine.fmt(v, 0) },
    { key: 'stability', label: t('web.col.stability'), value: p => p.stability ?? null, num: true },
    { key: 'degree', label: t('col.degree'), value: degreeOf,
      node: p => document.createTextNode(label('degree', degreeOf(p))
        + (p.standing && DEGREES[p.standing.degree] ? ` (${t('basis.' + p.standing.basis)})` : '')) },
    { key: 'cell', label: t('col.cell'), value: p => p.cell || '', format: v => label('cell', v) },
    { key: 'flags', label: t('web.col.flags'), value: p => p.flags.join(', '),
      node: p => document.createTextNode(p.flags.map(f => label('flag', f)).join(', ')) },
    { key: 'priority', label: t('web.col.priority'), value: p => p.priority.join(', '), hidden: true },
  ], a.partners, { filterInput: document.getElementById('filter'), downloads: document.getElementById('downloads'),
    name: `${a.focal}-assessment-${a.asOf}`, chooser: document.getElementById('columns') });

  // the papers' matrix: every judged, ranked partner; across, its depth beyond the median of the
  // partners at its level; down, its degree (1, the high level of confidence, above the line)
  const placed = a.partners.filter(p => DEGREES[degreeOf(p)] && depthOf(p) !== null && p.cell && p.peerDepth !== null);
  const beyond = p => depthOf(p) - p.peerDepth;
  const reach = Math.ceil(1.15 * Math.max(5, ...placed.map(p => Math.abs(beyond(p)))));
  const corner = (cell, left, top) => ({ type: 'text', left, top, z: 10,
    style: { text: label('cellNeutral', cell), fill: '#777', font: 'bold 11px sans-serif' } });
  Entwine.chart(document.getElementById('matrix'), {
    tooltip: { formatter: x => echarts.format.encodeHTML(`${x.data[2]}: ${t('col.depth')} ${Entwine.fmt(x.data[4])}`
      + ` (${Entwine.fmt(x.data[0])} ${t('web.matrix.beyond')}), ${label('degree', x.data[3])}`) },
    grid: { left: 60, right: 30, top: 30, bottom: 50 },
    xAxis: { name: t('web.matrix.across'), nameLocation: 'middle', nameGap: 28, min: -reach, max: reach, ...Entwine.axisNumbers },
    yAxis: { name: t('col.degree'), type: 'value', inverse: true, min: 0.4, max: 4.6, interval: 1,
      axisLabel: { formatter: v => Number.isInteger(v) ? String(v) : '' } },
    series: [{ type: 'scatter', symbolSize: 10,
      label: { show: true, position: 'right', formatter: x => x.data[2], fontSize: 11 },
      labelLayout: { moveOverlap: 'shiftY' }, labelLine: { show: true, length2: 4, lineStyle: { color: '#999' } },
      data: placed.map((p, i) => [beyond(p), DEGREES[degreeOf(p)] + ((i % 5) - 2) * 0.08,
        Entwine.name(p.partner, p.name), degreeOf(p), depthOf(p)]),
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#333', type: 'solid' },
        label: { formatter: x => Entwine.fmt(x.value, Number.isInteger(x.value) ? 0 : 1) },
        data: [{ xAxis: 0 }, { yAxis: 1.5 }] } }],
    graphic: placed.length
      ? [corner('GOOD_FRIEND', '70%', 34), corner('GOOD_PARTNER', 66, 34),
         corner('BAD_FRIEND', '70%', '84%'), corner('BAD_PARTNER', 66, '84%')]
      : [{ type: 'text', left: 'center', top: 'middle', style: { text: t('web.matrix.empty'), fill: '#556' } }],
  });
  // the portfolio's frameworks by level, year by year: each level in its own colour, on every page
  const held = Entwine.LEVELS.filter(l => levels.some(y => y.byLevel[l]));
  Entwine.chart(document.getElementById('levels'), {
    tooltip: { trigger: 'axis' },
    legend: { data: held.map(l => label('level', l)), top: 0 },
    grid: { top: 60, left: 40, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: levels.map(y => String(y.year)) },
    yAxis: { type: 'value', minInterval: 1, name: t('web.levels.axis') },
    series: held.map(l => ({ name: label('level', l), type: 'line', stack: 'levels', areaStyle: {}, symbol: 'none',
      color: Entwine.LEVEL_COLOURS[l], data: levels.map(y => y.byLevel[l] || 0) })),
    graphic: held.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: t('web.levels.none'), fill: '#556' } }],
  });
}
document.getElementById('ask').addEventListener('submit', ev => {
  ev.preventDefault();
  const u = new URL(location);
  u.searchParams.set('actor', document.getElementById('actor').value.trim());
  u.searchParams.set('asOf', document.getElementById('asOf').value);
  history.replaceState(null, '', u);
  load();
});
Entwine.ready.then(load);

/**
 * What the depth rests on where part of the method gave nothing, as the report and the command line
 * word it (Messages.depthBasis): the indicators with no value for any partner, and those alike for all.
 */
function depthBasis(v) {
  if (!v.indicators || v.silent.length + v.uninformative.length === 0) return '';
  const names = ids => ids.map(i => (Entwine.has('indicator.' + i) ? t('indicator.' + i) : i)).join(', ');
  const parts = [];
  if (v.silent.length) parts.push(t('depthBasis.silent', v.silent.length, names(v.silent)));
  if (v.uninformative.length) parts.push(t('depthBasis.alike', v.uninformative.length, names(v.uninformative)));
  return t('depthBasis', v.indicators - v.silent.length - v.uninformative.length, v.indicators,
    parts.join(t('depthBasis.and')));
}
