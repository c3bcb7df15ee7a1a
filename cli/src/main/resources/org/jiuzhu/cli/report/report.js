/* Draws every chart of the page with Apache ECharts (inlined above). The chart options come as
   JSON; number formats, tooltips and print sizing are added here. */
(function () {
  'use strict';
  var zh = document.documentElement.lang.indexOf('zh') === 0;
  var locale = zh ? 'zh-CN' : 'en-GB';
  var full = new Intl.NumberFormat(locale, {maximumFractionDigits: 2});
  var compact = new Intl.NumberFormat(locale, {notation: 'compact', maximumFractionDigits: 1});
  function value(kind, v) {
    if (v === null || v === undefined || v === '-' || (typeof v === 'number' && isNaN(v))) { return '–'; }
    if (Array.isArray(v)) { v = v[v.length - 1]; }
    if (kind === 'percent') { return full.format(v) + '%'; }
    var unit = JIUZHU_UNITS[kind];
    return full.format(v) + (unit ? unit : '');
  }
  function axis(kind) {
    return function (v) {
      if (kind === 'percent') { return full.format(v) + '%'; }
      return Math.abs(v) >= 10000 ? compact.format(v) : full.format(v);
    };
  }
  var charts = [];
  var boxes = document.querySelectorAll('.chart');
  for (var i = 0; i < boxes.length; i++) {
    var el = boxes[i];
    var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
    var kind = spec._fmt || 'count';
    delete spec._fmt;
    spec.animation = false;
    spec.textStyle = {fontFamily: getComputedStyle(document.body).fontFamily};
    spec.tooltip = Object.assign({trigger: 'axis', confine: true, valueFormatter: (function (k) {
      return function (v) { return value(k, v); };
    })(kind)}, spec.tooltip || {});
    var axes = [].concat(spec.xAxis || [], spec.yAxis || []);
    for (var a = 0; a < axes.length; a++) {
      var ax = axes[a];
      var k = ax._fmt || kind;
      delete ax._fmt;
      if (ax.type === 'value' || ax.type === 'log') {
        ax.axisLabel = Object.assign({formatter: axis(k)}, ax.axisLabel || {});
      }
    }
    var series = spec.series || [];
    for (var s = 0; s < series.length; s++) {
      if (series[s].label && series[s].label.show) {
        series[s].label.formatter = (function (k) {
          return function (p) {
            var v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
            return v === null || v === undefined ? '' : full.format(v) + (k === 'percent' ? '%' : '');
          };
        })(kind);
      }
    }
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.setOption(spec);
    charts.push(chart);
  }
  function resize() { for (var c = 0; c < charts.length; c++) { charts[c].resize(); } }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  window.jiuzhuCharts = charts;
})();
