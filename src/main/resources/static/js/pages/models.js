/*
 * The model page's charts: parity with 1-sigma error bars (a point opens its material), residuals,
 * feature importance and partial-dependence / what-if curves with their sigma band. Data come from
 * data-series, labels from data-* attributes filled from the message bundles.
 */
(function () {
  'use strict';

  function esc(text) { return echarts.format.encodeHTML(text == null ? '' : String(text)); }

  function errorBars(points, x, y, s) {
    return {
      type: 'custom', silent: true, z: 1,
      renderItem: function (params, api) {
        var low = api.coord([api.value(0), api.value(1) - api.value(2)]);
        var high = api.coord([api.value(0), api.value(1) + api.value(2)]);
        return { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] },
          style: { stroke: '#9db4d3', lineWidth: 1 } };
      },
      data: points.map(function (p) { return [x(p), y(p), s(p)]; })
    };
  }

  MatBank.chart('parity', function (element, data, chart) {
    var points = (data && data.points) || [];
    var ids = (data && data.ids) || [];
    var all = points.map(function (p) { return p[0]; }).concat(points.map(function (p) { return p[1]; }));
    var lo = Math.min.apply(null, all.concat([0]));
    var hi = Math.max.apply(null, all.concat([1]));
    chart.on('click', function (event) {
      var id = event.data && event.data.id;
      if (id) { window.location.href = '/materials/' + id; }
    });
    var unit = ' (' + data.unit + ')';
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 40, containLabel: true },
      tooltip: { formatter: function (p) { return p.data && p.data.value ? esc(p.data.value[0] + ' → ' + p.data.value[1] + ' ± ' + p.data.value[2]) : ''; } },
      xAxis: { type: 'value', min: lo, max: hi, name: element.getAttribute('data-measured') + unit, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: lo, max: hi, name: element.getAttribute('data-predicted') + unit, nameLocation: 'middle', nameGap: 48 },
      series: [
        errorBars(points, function (p) { return p[0]; }, function (p) { return p[1]; }, function (p) { return p[2]; }),
        { type: 'scatter', symbolSize: 6, z: 2, cursor: 'pointer',
          data: points.map(function (p, i) { return { id: ids[i], value: [p[0], p[1], p[2]] }; }) },
        { type: 'line', silent: true, symbol: 'none', lineStyle: { color: '#c2571a', type: 'dashed' }, data: [[lo, lo], [hi, hi]] }
      ]
    };
  });

  MatBank.chart('residuals', function (element, data) {
    var points = (data && data.points) || [];
    var unit = ' (' + data.unit + ')';
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', scale: true, name: element.getAttribute('data-predicted') + unit, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', name: element.getAttribute('data-residual') + unit, nameLocation: 'middle', nameGap: 48 },
      series: [
        errorBars(points, function (p) { return p[1]; }, function (p) { return p[0] - p[1]; }, function (p) { return p[2]; }),
        { type: 'scatter', symbolSize: 6, z: 2, data: points.map(function (p) { return [p[1], p[0] - p[1]]; }) },
        { type: 'line', silent: true, symbol: 'none', lineStyle: { color: '#c2571a', type: 'dashed' },
          data: points.length ? [[Math.min.apply(null, points.map(function (p) { return p[1]; })), 0],
            [Math.max.apply(null, points.map(function (p) { return p[1]; })), 0]] : [] }
      ]
    };
  });

  MatBank.chart('importance', function (element, data) {
    var features = ((data && data.features) || []).slice().reverse();
    var shap = ((data && data.shap) || []).slice().reverse();
    var permutation = ((data && data.permutation) || []).slice().reverse();
    return {
      grid: { left: 8, right: 24, top: 28, bottom: 24, containLabel: true },
      legend: { top: 0, data: [element.getAttribute('data-shap'), element.getAttribute('data-permutation')] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', name: data.unit },
      yAxis: { type: 'category', data: features, axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: element.getAttribute('data-shap'), data: shap, itemStyle: { color: '#1f5fa8' } },
        { type: 'bar', name: element.getAttribute('data-permutation'), data: permutation, itemStyle: { color: '#c2571a' } }
      ]
    };
  });

  MatBank.chart('dependence', function (element, data) {
    var points = (data && data.points) || [];
    var unit = data.xunit ? ' (' + data.xunit + ')' : '';
    return {
      title: { text: data.feature + unit, textStyle: { fontSize: 12, fontWeight: 'normal' }, left: 'center' },
      grid: { left: 40, right: 16, top: 32, bottom: 28, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', scale: true },
      yAxis: { type: 'value', scale: true, name: data.unit },
      series: [
        { type: 'line', symbol: 'none', silent: true, lineStyle: { color: '#9db4d3', type: 'dashed' },
          data: points.map(function (p) { return [p[0], p[1] - p[2]]; }) },
        { type: 'line', symbol: 'none', silent: true, lineStyle: { color: '#9db4d3', type: 'dashed' },
          data: points.map(function (p) { return [p[0], p[1] + p[2]]; }) },
        { type: 'line', symbol: 'circle', symbolSize: 4, itemStyle: { color: '#1f5fa8' },
          data: points.map(function (p) { return [p[0], p[1]]; }) }
      ]
    };
  });
}());
