/*
 * MatBank pages: charts drawn with ECharts from the JSON a page puts in data-series attributes,
 * and htmx requests sent with the session's CSRF token. No text lives here: labels come from the
 * page (message bundles), so both languages stay in the bundles.
 * A page adds a chart type with MatBank.chart('type', function (element, data) { ... }).
 */
(function () {
  'use strict';
  var FONT = "'NanumGothic', 'Nanum Gothic', 'Noto Sans CJK KR', sans-serif";
  var types = {};

  function draw(element) {
    var type = element.getAttribute('data-chart');
    if (!types[type] || !window.echarts) { return; }
    var old = echarts.getInstanceByDom(element);
    if (old) { old.dispose(); }
    var data = JSON.parse(element.getAttribute('data-series') || 'null');
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var option = types[type](element, data, chart);
    option.textStyle = { fontFamily: FONT };
    option.animation = false;
    chart.setOption(option);
    element.setAttribute('data-drawn', 'true');
  }

  function drawAll(root) {
    (root || document).querySelectorAll('[data-chart]').forEach(draw);
  }

  /** Whether every value is positive, so a logarithmic axis can show them. */
  function positive(values) {
    return values.length > 0 && values.every(function (v) { return v > 0; });
  }

  var MatBank = {
    chart: function (type, build) { types[type] = build; },
    positive: positive,
    drawAll: drawAll,
    font: FONT
  };
  window.MatBank = MatBank;

  MatBank.chart('bars', function (element, data) {
    var rows = (data || []).slice(0, 10).reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.value; }),
        axisLabel: { width: 160, overflow: 'truncate' } },
      tooltip: {},
      series: [{ type: 'bar', data: rows.map(function (r) { return r.count; }) }]
    };
  });

  MatBank.chart('growth', function (element, data) {
    var rows = data || [];
    return {
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'line', step: 'end', name: element.getAttribute('data-label'), areaStyle: {},
        data: rows.map(function (r) { return [r.day, r.total]; }) }]
    };
  });

  /**
   * An axis fitted to the values: logarithmic when asked and every value is positive (an Ashby
   * chart's usual form), with a margin so that points never sit on the frame.
   */
  function axis(values, log, option) {
    var min = Math.min.apply(null, values);
    var max = Math.max.apply(null, values);
    if (log && positive(values)) {
      option.type = 'log';
      option.min = min / 1.25;
      option.max = max * 1.25;
      option.axisLabel = { formatter: function (v) { return Number(v.toPrecision(3)).toString(); } };
    } else {
      option.type = 'value';
      option.scale = true;
    }
    return option;
  }

  MatBank.chart('ashby', function (element, points, chart) {
    points = points || [];
    var xs = points.map(function (p) { return p.x; });
    var ys = points.map(function (p) { return p.y; });
    var base = element.getAttribute('data-link') || '/materials/';
    var log = element.getAttribute('data-scale') !== 'linear';
    chart.on('click', function (event) {
      if (event.data && event.data.id) { window.location.href = base + event.data.id; }
    });
    return {
      grid: { left: 40, right: 32, top: 16, bottom: 40, containLabel: true },
      tooltip: { formatter: function (p) { return echarts.format.encodeHTML(p.data.name) + '<br>' + p.data.value[0] + ', ' + p.data.value[1]; } },
      xAxis: axis(xs, log, { name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 28 }),
      yAxis: axis(ys, log, { name: element.getAttribute('data-y-label'), nameLocation: 'middle', nameGap: 52 }),
      series: [{ type: 'scatter', symbolSize: 7, cursor: 'pointer',
        data: points.map(function (p) { return { id: p.id, name: p.name, value: [p.x, p.y] }; }) }]
    };
  });

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) { event.detail.headers[header.content] = token.content; }
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-drawn]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
}());
