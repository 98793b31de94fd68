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

// members: the header's menus. Without this file they are plain <details> disclosures and work as such.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var menu = document.querySelector('.site-header .nav-menu');
        if (menu) {
            // wide screens show the links in a row: the disclosure is open there (CSS shows it even while closed,
            // for pages without this script)
            var wide = window.matchMedia('(min-width: 1100px)');
            var follow = function () { menu.open = wide.matches; };
            follow();
            wide.addEventListener('change', follow);
        }
        var dropdowns = Array.prototype.slice.call(document.querySelectorAll('.site-header details.dropdown'));
        document.addEventListener('click', function (event) {
            dropdowns.forEach(function (dropdown) {
                if (dropdown.open && !dropdown.contains(event.target)) {
                    dropdown.open = false;
                }
            });
        });
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape') {
                return;
            }
            dropdowns.forEach(function (dropdown) {
                if (dropdown.open) {
                    dropdown.open = false;
                    dropdown.querySelector('summary').focus();
                }
            });
        });
    });
})();
