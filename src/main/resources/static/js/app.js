// Small enhancements for every page. Pages work without this file.
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    // The skill picker: a search field that filters the long list of skills by name.
    document.addEventListener('DOMContentLoaded', function () {
        var picker = document.querySelector('.skill-picker');
        if (!picker || !picker.querySelector('#skill-filter')) {
            return;
        }
        var search = picker.querySelector('.skill-search');
        var input = picker.querySelector('#skill-filter');
        var status = picker.querySelector('.skill-filter-status');
        var rows = Array.prototype.slice.call(picker.querySelectorAll('.skill-row'));
        var categories = Array.prototype.slice.call(picker.querySelectorAll('.skill-category'));
        search.hidden = false;
        input.addEventListener('input', function () {
            var term = input.value.trim().toLowerCase();
            var shown = 0;
            rows.forEach(function (row) {
                var select = row.querySelector('select');
                var match = term === '' || row.getAttribute('data-name').indexOf(term) !== -1 || select.value !== '';
                row.hidden = !match;
                if (match) {
                    shown++;
                }
            });
            categories.forEach(function (category) {
                category.hidden = !category.querySelector('.skill-row:not([hidden])');
            });
            status.textContent = shown === 0 ? input.getAttribute('data-none') : '';
        });
    });
})();
