/*
 * The material page's charts: the history graph (layers laid out by the server, nodes open their
 * object), the composition bars and each curve. Labels come from data-* attributes filled from the
 * message bundles; data put into tooltips is escaped.
 */
(function () {
  'use strict';
  var FAMILIES = ['material', 'process', 'ingredient', 'measurement'];
  var SYMBOLS = { material: 'circle', process: 'rect', ingredient: 'diamond', measurement: 'triangle' };
  var COLOURS = { material: '#1f5fa8', process: '#c2571a', ingredient: '#6b7d2a', measurement: '#8a3fa0' };

  function esc(text) { return echarts.format.encodeHTML(text == null ? '' : String(text)); }

  MatBank.chart('history', function (element, data, chart) {
    var graph = data || { nodes: [], links: [] };
    var base = element.getAttribute('data-link') || '/materials/';
    chart.on('click', function (event) {
      if (event.dataType === 'node' && event.data && event.data.id) { window.location.href = base + event.data.id; }
    });
    function family(f) { return element.getAttribute('data-family-' + f); }
    function describe(node) {
      var lines = ['<strong>' + esc(node.name) + '</strong>',
        esc(family(node.family) + ' · ' + element.getAttribute(node.spec ? 'data-spec' : 'data-run'))];
      if (node.step != null) { lines.push(esc(element.getAttribute('data-step').replace('{0}', node.step))); }
      (node.facts || []).forEach(function (f) {
        var label = f.name != null ? f.name : element.getAttribute('data-field-' + f.field);
        lines.push(esc(label) + ': ' + esc(f.text));
      });
      return lines.join('<br>');
    }
    var byId = {};
    graph.nodes.forEach(function (n) { byId[n.id] = n; });
    var layers = graph.nodes.map(function (n) { return n.layer; });
    var rows = graph.nodes.map(function (n) { return n.y; });
    // the layers laid out by the server placed on hidden axes: symbols keep their shape at any size
    return {
      tooltip: { confine: true, formatter: function (p) { return p.dataType === 'node' ? describe(byId[p.data.id]) : ''; } },
      legend: { bottom: 0, data: FAMILIES.map(family) },
      grid: { left: 72, right: 72, top: 24, bottom: 64 },
      xAxis: { type: 'value', show: false, min: -0.3, max: Math.max.apply(null, layers.concat([0])) + 0.3 },
      yAxis: { type: 'value', show: false, inverse: true, min: Math.min.apply(null, rows.concat([0])) - 0.5,
        max: Math.max.apply(null, rows.concat([0])) + 0.5 },
      series: [{
        type: 'graph', coordinateSystem: 'cartesian2d', roam: false,
        categories: FAMILIES.map(function (f) { return { name: family(f), symbol: SYMBOLS[f], itemStyle: { color: COLOURS[f] } }; }),
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#8896a5', width: 1.2, opacity: 0.9 },
        label: { show: true, position: 'bottom', fontSize: 11, width: graph.layer_width - 12, overflow: 'truncate' },
        emphasis: { focus: 'adjacency' },
        cursor: 'pointer',
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, value: [n.layer, n.y],
            category: FAMILIES.indexOf(n.family), symbol: SYMBOLS[n.family], symbolSize: n.root ? 24 : 14,
            itemStyle: n.root ? { borderColor: '#f0a500', borderWidth: 3 } : undefined,
            label: n.root ? { fontWeight: 'bold' } : undefined };
        }),
        links: graph.links.map(function (l) { return { source: l.source, target: l.target }; })
      }]
    };
  });

  /*
   * Composition bars on a logarithmic scale, so that 97 % iron and 0.01 % phosphorus both show:
   * ECharts starts bars on a log axis at 1, so bars are drawn as decades above the smallest
   * power of ten instead, and the axis labels and tooltip give the real percentages.
   */
  MatBank.chart('composition', function (element, rows) {
    rows = (rows || []).filter(function (r) { return (r.mass || 0) > 0 || (r.atomic || 0) > 0; }).reverse();
    var values = [];
    rows.forEach(function (r) { [r.mass, r.atomic].forEach(function (v) { if (v != null && v > 0) { values.push(v); } }); });
    var low = values.length ? Math.floor(Math.log10(Math.min.apply(null, values))) : 0;
    function decades(v) { return v == null || v <= 0 ? '-' : Math.log10(v) - low; }
    function percent(d) { return String(parseFloat(Math.pow(10, d + low).toPrecision(4))); }
    var series = [];
    [['mass', 'data-mass-label'], ['atomic', 'data-atomic-label']].forEach(function (s) {
      if (rows.some(function (r) { return r[s[0]] != null; })) {
        series.push({ type: 'bar', name: element.getAttribute(s[1]),
          data: rows.map(function (r) { return { value: decades(r[s[0]]), real: r[s[0]] }; }) });
      }
    });
    return {
      grid: { left: 8, right: 32, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        return esc(items[0].name) + items.map(function (i) {
          return '<br>' + i.marker + esc(i.seriesName) + ': ' + (i.data.real == null ? '' : esc(percent(Math.log10(i.data.real) - low)));
        }).join('');
      } },
      xAxis: { type: 'value', name: '%', min: 0, minInterval: 1, interval: 1,
        axisLabel: { formatter: function (d) { return percent(d); } } },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.component; }) },
      series: series
    };
  });

  MatBank.chart('curve', function (element, points) {
    points = points || [];
    return {
      grid: { left: 16, right: 40, top: 32, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 28, scale: true },
      yAxis: { type: 'value', name: element.getAttribute('data-y-label'), nameLocation: 'end', scale: true },
      series: [{ type: 'line', name: element.getAttribute('data-name'), showSymbol: points.length <= 60, data: points }]
    };
  });
}());
