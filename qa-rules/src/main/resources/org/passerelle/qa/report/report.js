// Kept free of the characters XML would escape, so the page works as written.
function applyFilters() {
  var severity = document.getElementById('f-severity').value;
  var check = document.getElementById('f-check').value;
  var file = document.getElementById('f-file').value;
  var suppressed = document.getElementById('f-suppressed').checked;
  var shown = 0;
  document.querySelectorAll('#findings tbody tr').forEach(function (row) {
    var visible = true;
    if (severity !== '') { if (row.dataset.severity !== severity) { visible = false; } }
    if (check !== '') { if (row.dataset.check !== check) { visible = false; } }
    if (file !== '') { if (row.dataset.file !== file) { visible = false; } }
    if (!suppressed) { if (row.dataset.suppressed === 'yes') { visible = false; } }
    row.hidden = !visible;
    if (visible) { shown += 1; }
  });
  document.getElementById('shown').textContent = shown + ' shown';
}
['f-severity', 'f-check', 'f-file', 'f-suppressed'].forEach(function (id) {
  document.getElementById(id).addEventListener('change', applyFilters);
});
applyFilters();
