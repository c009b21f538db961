(function () {
  'use strict';
  var table = document.getElementById('results');
  var controls = document.getElementById('controls');
  if (!table || !controls) {
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (row, index) { row.dataset.index = String(index); });
  var boxes = Array.prototype.slice.call(controls.querySelectorAll('input[data-verdict]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');

  function filter() {
    var wanted = {};
    boxes.forEach(function (box) { wanted[box.dataset.verdict] = box.checked; });
    var query = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var visible = wanted[row.dataset.verdict] === true
        && (query === '' || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
  }

  function key(row, column, numeric) {
    var cell = row.cells[column];
    var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
    return numeric ? parseFloat(value) : value.toLowerCase();
  }

  function sortBy(header) {
    var column = header.cellIndex;
    var numeric = header.dataset.type === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(header.parentNode.cells, function (cell) {
      cell.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = key(a, column, numeric);
      var y = key(b, column, numeric);
      var order = 0;
      if (numeric) {
        order = (isNaN(x) ? Infinity : x) - (isNaN(y) ? Infinity : y);
        if (isNaN(order)) {
          order = 0;
        }
      } else {
        order = x < y ? -1 : x > y ? 1 : 0;
      }
      if (!ascending) {
        order = -order;
      }
      return order !== 0 ? order : a.dataset.index - b.dataset.index;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
    var button = header.querySelector('button');
    if (button) {
      button.addEventListener('click', function () { sortBy(header); });
    }
  });
  boxes.forEach(function (box) { box.addEventListener('change', filter); });
  search.addEventListener('input', filter);
  controls.hidden = false;
  filter();
}());
