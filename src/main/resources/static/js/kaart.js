// Draws the region's municipalities at their position, each sized by the places free there now;
// the table under the map holds the same numbers.
(function () {
  var houder = document.getElementById('kaart');
  var bron = document.getElementById('kaart-data');
  if (!houder || !bron || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(bron.textContent);
  var kaart = echarts.init(houder, null, { renderer: 'svg' });
  kaart.setOption({
    aria: { enabled: true },
    tooltip: { formatter: function (p) { return p.data.naam + ': ' + p.data.vrij + ' vrij, over 4 weken ' + p.data.vrij4; } },
    grid: { left: 40, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'value', scale: true, name: 'lengtegraad', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'value', scale: true, name: 'breedtegraad', axisLabel: { show: false }, splitLine: { show: false } },
    series: [
      { type: 'scatter', silent: true, symbolSize: 6, itemStyle: { color: '#999' },
        label: { show: true, position: 'bottom', formatter: function (p) { return p.data.naam; }, fontSize: 11 },
        data: data.gemeenten.map(function (g) { return { value: [g.lon, g.lat], naam: g.naam }; }) },
      { type: 'scatter', itemStyle: { color: '#1f6f43', opacity: 0.8 },
        label: { show: true, formatter: function (p) { return String(p.data.vrij); }, color: '#fff', fontWeight: 'bold' },
        symbolSize: function (v, p) { return 14 + 5 * Math.sqrt(p.data.vrij); },
        data: data.punten.map(function (g) { return { value: [g.lon, g.lat], naam: g.naam, vrij: g.vrij, vrij4: g.vrij4 }; }) }
    ]
  });
  window.addEventListener('resize', function () { kaart.resize(); });
})();
