// Draws the chart of a page from the JSON block beside it; the table under the chart holds the same numbers.
(function () {
  var houder = document.getElementById('grafiek');
  var bron = document.getElementById('grafiek-data');
  if (!houder || !bron || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(bron.textContent);
  var grafiek = echarts.init(houder, null, { renderer: 'svg' });
  grafiek.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value' },
    series: data.reeksen.map(function (r, i) {
      return { name: r.naam, type: 'line', data: r.waarden, symbolSize: 6,
               lineStyle: { width: i === data.reeksen.length - 1 ? 3 : 2 } };
    })
  });
  window.addEventListener('resize', function () { grafiek.resize(); });
})();
