// Draws the chart of a page from the JSON block beside it; the table under the chart holds the same numbers.
(function () {
  var houder = document.getElementById('grafiek');
  var bron = document.getElementById('grafiek-data');
  if (!houder || !bron || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(bron.textContent);
  // Numbers as in the table beside the chart, in the page's language: counts whole, money in euros,
  // rates and percentages with one decimal (region.Opmaak does the same on the server).
  var taal = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  var telling = ['jeugdigen', 'trajecten', 'toewijzingen', 'gemeente-maanden'].indexOf(data.eenheid) >= 0 || !data.eenheid;
  var getal = data.eenheid === 'euro'
    ? new Intl.NumberFormat(taal, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    : new Intl.NumberFormat(taal, telling ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var schrijf = function (v) { return v === null || v === undefined || v === '-' ? '–' : getal.format(v); };
  var grafiek = echarts.init(houder, null, { renderer: 'svg' });
  grafiek.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: schrijf },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', axisLabel: { formatter: schrijf } },
    series: data.reeksen.map(function (r, i) {
      var reeks = { name: r.naam, type: 'line', data: r.waarden, symbolSize: 6,
                    lineStyle: { width: i === data.reeksen.length - 1 ? 3 : 2 } };
      if (i === 0 && data.voorlopig) {
        // provisional periods: late messages may still change them
        reeks.markArea = { silent: true, itemStyle: { color: 'rgba(120, 120, 120, 0.15)' },
                           label: { position: 'insideTop', color: '#444' },
                           data: [[{ name: data.voorlopig.naam, xAxis: data.voorlopig.van }, { xAxis: data.voorlopig.tot }]] };
      }
      if (i === 0 && data.notities && data.notities.length) {
        // interpretation notes as pins on the months they speak of
        reeks.markPoint = { symbolSize: 28, label: { formatter: 'D' }, data: data.notities.map(function (n) {
          var plek = data.labels.indexOf(n.maand);
          return { name: n.tekst, coord: [n.maand, plek >= 0 ? r.waarden[plek] : 0], value: n.tekst };
        }) };
      }
      return reeks;
    })
  });
  window.addEventListener('resize', function () { grafiek.resize(); });
})();
