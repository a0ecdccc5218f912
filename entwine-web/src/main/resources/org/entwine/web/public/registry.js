// The registry page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
const { t, label } = Entwine;
const LEVELS = ['SPECIAL', 'COMPREHENSIVE_STRATEGIC', 'STRATEGIC', 'SECTORAL_STRATEGIC', 'COMPREHENSIVE', 'OTHER_PARTNERSHIP'];
const q = Entwine.params();
document.getElementById('asOf').value = q.get('asOf') || new Date().toISOString().slice(0, 10);
async function load() {
  const asOf = document.getElementById('asOf').value;
  let counts, asymmetric, network;
  try {
    [counts, asymmetric, network] = await Promise.all([Entwine.api(`/api/registry/counts?asOf=${asOf}`),
      Entwine.api('/api/registry/asymmetric'), Entwine.api(`/api/registry/network?asOf=${asOf}`)]);
  } catch (e) {
    Entwine.showError(e);
    return;
  }
  const held = counts.filter(c => c.partnerships > 0 || c.alliances > 0 || (c.reported || []).length);
  const n = (c, l) => (c.byLevel && c.byLevel[l]) || 0;
  const name = code => Entwine.name(code, code);
  // a count a source gives, in the reader's words: "more than 30 strategic partners (as of …)"
  const reported = r => t(r.atLeast ? 'web.registry.reportedAtLeast' : 'web.registry.reportedCount', r.count, r.counts || '',
    Entwine.date(r.asOf));
  Entwine.table(document.getElementById('counts'), [
    { key: 'actor', label: t('web.col.actor'), value: c => c.actor, link: c => `/?actor=${c.actor}&asOf=${asOf}` },
    { key: 'name', label: t('web.col.name'), value: c => Entwine.name(c.actor, c.name) },
    { key: 'partnerships', label: t('web.col.partnerships'), value: c => c.partnerships, num: true, format: v => v },
  ].concat(LEVELS.map(l => ({ key: l, label: label('level', l), value: c => n(c, l), num: true, format: v => v })))
   .concat([{ key: 'alliances', label: t('web.col.alliances'), value: c => c.alliances, num: true, format: v => v },
     { key: 'reported', label: t('web.col.reported'), value: c => (c.reported || []).map(r => `${r.atLeast ? '>' : ''}${r.count} ${r.counts || ''} (${r.asOf})`).join('; '),
       node: c => document.createTextNode((c.reported || []).map(reported).join('; ')) }]),
    held, { filterInput: document.getElementById('filter'), downloads: document.getElementById('countsDownloads'), name: `registry-counts-${asOf}` });
  const top = held.slice().sort((a, b) => b.partnerships - a.partnerships).slice(0, 20);
  Entwine.chart(document.getElementById('countsChart'), {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    grid: { bottom: 70 },
    xAxis: { type: 'category', data: top.map(c => c.actor), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { name: t('web.registry.frameworksAxis'), minInterval: 1 },
    // each level in its colour, the same on every chart of every page
    series: LEVELS.map(l => ({ name: label('level', l), type: 'bar', stack: 'levels', color: Entwine.LEVEL_COLOURS[l],
      data: top.map(c => n(c, l)) })),
  });
  const most = Math.max(...network.actors.map(a => a.betweenness), 0.0001);
  Entwine.chart(document.getElementById('network'), {
    // a tooltip is HTML: every value from the store goes in encoded
    tooltip: { formatter: x => echarts.format.encodeHTML(x.dataType === 'node'
      ? t('web.registry.node', name(x.data.name), x.data.degree, Entwine.fmt(Number(x.data.value), 3))
      : `${name(x.data.source)} – ${name(x.data.target)}`) },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, force: { repulsion: 60, edgeLength: [30, 90] },
      label: { show: true, fontSize: 10 },
      data: network.actors.map(a => ({ name: a.actor, degree: a.degree, value: a.betweenness.toFixed(3),
        symbolSize: 6 + 30 * a.betweenness / most })),
      links: network.links.map(l => ({ source: l.a, target: l.b, lineStyle: { width: Math.max(1, l.rank / 2), opacity: 0.6 } })) }],
  });
  Entwine.table(document.getElementById('centrality'), [
    { key: 'actor', label: t('web.col.actor'), value: a => a.actor, link: a => `/?actor=${a.actor}&asOf=${asOf}` },
    { key: 'name', label: t('web.col.name'), value: a => name(a.actor) },
    { key: 'degree', label: t('web.col.networkDegree'), value: a => a.degree, num: true, format: v => v },
    { key: 'betweenness', label: t('web.col.betweenness'), value: a => a.betweenness, num: true, format: v => Entwine.fmt(v, 3) },
  ], network.actors, { downloads: document.getElementById('centralityDownloads'), name: `network-${asOf}` });
  Entwine.table(document.getElementById('asymmetric'), [
    { key: 'id', label: t('web.col.framework'), value: f => f.id },
    { key: 'parties', label: t('web.col.parties'), value: f => f.parties.join(' – '),
      node: f => document.createTextNode(f.parties.map(name).join(' – ')) },
    { key: 'kinds', label: t('web.col.kinds'), value: f => `${f.kindA} – ${f.kindB}`,
      node: f => document.createTextNode(`${label('kind', f.kindA)} – ${label('kind', f.kindB)}`) },
    { key: 'level', label: t('col.level'), value: f => f.level, format: v => label('level', v) },
    { key: 'officialName', label: t('web.col.officialName'), value: f => f.officialName },
    { key: 'sources', label: t('web.col.sources'), value: f => (f.sources || []).join(', ') },
  ], asymmetric, { downloads: document.getElementById('asymmetricDownloads'), name: 'asymmetric-frameworks' });
}
document.getElementById('ask').addEventListener('submit', ev => { ev.preventDefault(); load(); });
Entwine.ready.then(load);
