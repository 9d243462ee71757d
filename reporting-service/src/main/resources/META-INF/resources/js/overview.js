// Keeps the landelijk overzicht current without a reload. Each 'overview' event on the stream carries the
// whole overview as JSON: every element with data-field shows the value at that path, and every tbody with
// data-rows is rebuilt from the list at its path, in the columns its table's header names with data-column.
// A count the overview leaves out, such as a theme no intervention touches, shows its data-absent value.

const statusLine = document.querySelector('[data-stream-status]');

function valueAt(source, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), source);
}

function show(element, value) {
  element.textContent = value ?? '';
}

function fillFields(overview) {
  document.querySelectorAll('[data-field]').forEach((element) => {
    // Cells inside a row are relative to that row's item; fillRows draws them.
    if (!element.closest('[data-rows]')) {
      show(element, valueAt(overview, element.dataset.field) ?? element.dataset.absent);
    }
  });
}

function row(item, columns) {
  const tableRow = document.createElement('tr');
  columns.forEach((column, index) => {
    const cell = document.createElement(index === 0 ? 'th' : 'td');
    if (index === 0) {
      cell.scope = 'row';
    }
    cell.dataset.field = column;
    show(cell, valueAt(item, column));
    tableRow.append(cell);
  });
  return tableRow;
}

function fillRows(overview) {
  document.querySelectorAll('[data-rows]').forEach((body) => {
    const header = body.closest('table').querySelectorAll('thead [data-column]');
    const columns = Array.from(header, (cell) => cell.dataset.column);
    const items = valueAt(overview, body.dataset.rows) || [];
    body.replaceChildren(...items.map((item) => row(item, columns)));
  });
}

const stream = new EventSource(document.body.dataset.stream);
stream.addEventListener('overview', (event) => {
  const overview = JSON.parse(event.data);
  fillFields(overview);
  fillRows(overview);
});
stream.addEventListener('open', () => show(statusLine, 'Live: de cijfers werken zichzelf bij.'));
stream.addEventListener('error', () => show(statusLine, 'Verbinding verbroken; opnieuw verbinden…'));
