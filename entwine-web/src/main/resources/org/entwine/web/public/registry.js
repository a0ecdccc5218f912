// The registry page's script (kept out of the HTML: the Content-Security-Policy allows no inline script).
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
  Entwine.table(document.getElementById('counts'), [
    { key: 'actor', label: 'actor', value: c => c.actor, link: c => `/?actor=${c.actor}&asOf=${asOf}` },
    { key: 'name', label: 'name', value: c => c.name },
    { key: 'partnerships', label: 'partnerships', value: c => c.partnerships, num: true, format: v => v },
  ].concat(LEVELS.map(l => ({ key: l, label: l.replaceAll('_', ' ').toLowerCase(), value: c => n(c, l), num: true, format: v => v })))
   .concat([{ key: 'alliances', label: 'alliances', value: c => c.alliances, num: true, format: v => v },
     { key: 'reported', label: 'reported', value: c => (c.reported || []).map(r => `${r.atLeast ? 'more than ' : ''}${r.count} ${r.counts || ''} (${r.asOf})`).join('; ') }]),
    held, { filterInput: document.getElementById('filter'), downloads: document.getElementById('countsDownloads'), name: `registry-counts-${asOf}` });
  const top = held.slice().sort((a, b) => b.partnerships - a.partnerships).slice(0, 20);
  Entwine.chart(document.getElementById('countsChart'), {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0, type: 'scroll' },
    grid: { bottom: 60 },
    xAxis: { type: 'category', data: top.map(c => c.actor) }, yAxis: { name: 'frameworks' },
    series: LEVELS.map(l => ({ name: l.replaceAll('_', ' ').toLowerCase(), type: 'bar', stack: 'levels', data: top.map(c => n(c, l)) })),
  });
  const most = Math.max(...network.actors.map(a => a.betweenness), 0.0001);
  Entwine.chart(document.getElementById('network'), {
    // a tooltip is HTML: every value from the store goes in encoded
    tooltip: { formatter: x => echarts.format.encodeHTML(x.dataType === 'node'
      ? `${x.data.name}: ${x.data.degree} frameworks, betweenness ${x.data.value}` : `${x.data.source} – ${x.data.target}`) },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, force: { repulsion: 60, edgeLength: [30, 90] },
      label: { show: true, fontSize: 10 },
      data: network.actors.map(a => ({ name: a.actor, degree: a.degree, value: a.betweenness.toFixed(3),
        symbolSize: 6 + 30 * a.betweenness / most })),
      links: network.links.map(l => ({ source: l.a, target: l.b, lineStyle: { width: Math.max(1, l.rank / 2), opacity: 0.6 } })) }],
  });
  Entwine.table(document.getElementById('centrality'), [
    { key: 'actor', label: 'actor', value: a => a.actor, link: a => `/?actor=${a.actor}&asOf=${asOf}` },
    { key: 'degree', label: 'frameworks (degree)', value: a => a.degree, num: true, format: v => v },
    { key: 'betweenness', label: 'betweenness', value: a => a.betweenness, num: true, format: v => Entwine.fmt(v, 3) },
  ], network.actors, { downloads: document.getElementById('centralityDownloads'), name: `network-${asOf}` });
  Entwine.table(document.getElementById('asymmetric'), [
    { key: 'id', label: 'framework', value: f => f.id },
    { key: 'parties', label: 'parties', value: f => f.parties.join(' – ') },
    { key: 'kinds', label: 'kinds', value: f => `${f.kindA} – ${f.kindB}` },
    { key: 'level', label: 'level', value: f => f.level },
    { key: 'officialName', label: 'official name', value: f => f.officialName },
    { key: 'sources', label: 'sources', value: f => (f.sources || []).join(', ') },
  ], asymmetric, { downloads: document.getElementById('asymmetricDownloads'), name: 'asymmetric-frameworks' });
}
document.getElementById('ask').addEventListener('submit', ev => { ev.preventDefault(); load(); });
load();
