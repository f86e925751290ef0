/*
 * The design page's charts: the loop's history (best measured value against experiments, one
 * point per round) and the Pareto front with the proposed candidates on top; clicking a point
 * names its rank in #pareto-picked. Data come from data-series, labels from data-* attributes
 * filled from the message bundles.
 */
(function () {
  'use strict';

  function esc(text) { return echarts.format.encodeHTML(text == null ? '' : String(text)); }

  function fill(template, value) { return String(template || '').replace('{0}', value); }

  /** Axis ends 5 % beyond the data, so that no point sits on the plot's edge, half cut and hard to click. */
  function padded(axis) {
    var pad = function (v) { return (v.max - v.min) * 0.05 || Math.abs(v.max) * 0.05 || 1; };
    axis.min = function (v) { return v.min - pad(v); };
    axis.max = function (v) { return v.max + pad(v); };
    // the padded ends are no round numbers: only the nice ticks between them are labelled
    axis.axisLabel = { showMinLabel: false, showMaxLabel: false, formatter: function (x) { return echarts.format.addCommas(+x.toPrecision(4)); } };
    return axis;
  }

  MatBank.chart('design-history', function (element, data) {
    var points = (data && data.points) || [];
    return {
      grid: { left: 48, right: 16, top: 24, bottom: 40, containLabel: true },
      tooltip: { formatter: function (p) {
        return esc(element.getAttribute('data-round') + ' ' + p.data[2] + ': ' + p.data[1] + ' (' + p.data[0] + ')');
      } },
      xAxis: padded({ type: 'value', minInterval: 1, name: element.getAttribute('data-experiments'), nameLocation: 'middle', nameGap: 28 }),
      yAxis: padded({ type: 'value', name: data && data.y }),
      series: [{ type: 'line', symbol: 'circle', symbolSize: 8, itemStyle: { color: '#1f5fa8' }, data: points }]
    };
  });

  MatBank.chart('design-pareto', function (element, data, chart) {
    var front = (data && data.front) || [];
    var proposed = (data && data.proposed) || [];
    var picked = document.getElementById('pareto-picked');
    chart.on('click', function (event) {
      if (!picked || !event.data) { return; }
      var template = event.seriesIndex === 1 ? element.getAttribute('data-picked') : element.getAttribute('data-picked-front');
      picked.textContent = fill(template, event.data[2]);
    });
    return {
      grid: { left: 48, right: 16, top: 32, bottom: 40, containLabel: true },
      legend: { top: 0, data: [element.getAttribute('data-front'), element.getAttribute('data-proposed')] },
      tooltip: { formatter: function (p) { return esc('#' + p.data[2] + ': ' + p.data[0] + ', ' + p.data[1]); } },
      xAxis: padded({ type: 'value', name: data && data.x, nameLocation: 'middle', nameGap: 28 }),
      yAxis: padded({ type: 'value', name: (data && data.y) || element.getAttribute('data-score') }),
      series: [
        { type: 'scatter', name: element.getAttribute('data-front'), symbolSize: 7, clip: false, cursor: 'pointer', itemStyle: { color: '#9db4d3' }, data: front },
        { type: 'scatter', name: element.getAttribute('data-proposed'), symbolSize: 12, cursor: 'pointer', z: 3, clip: false,
          itemStyle: { color: '#c2571a', borderColor: '#fff', borderWidth: 1 }, data: proposed }
      ]
    };
  });
}());
