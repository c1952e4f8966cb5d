// Runs first in <body> so that GOV.UK Frontend's styles for scripted components apply before the page draws.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
