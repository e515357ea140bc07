// Sends the CSRF token with every htmx request; forms rendered by Thymeleaf carry it as a hidden field already.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Moves focus to the error summary so screen-reader users hear what to fix.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
});

// Asks for confirmation before destructive actions marked with data-confirm (no inline script needed).
document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// A search box inside a larger form (marked data-enter-searches) searches on Enter instead of submitting the form.
document.addEventListener('keydown', function (event) {
    var box = event.target;
    if (event.key === 'Enter' && box.matches && box.matches('input[data-enter-searches]')) {
        event.preventDefault();
        if (window.htmx) {
            window.htmx.trigger(box, 'search');
        }
    }
});
