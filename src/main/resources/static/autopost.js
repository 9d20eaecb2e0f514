// Platforms and the sandbox hand a browser from one step of the LTI flow to the next with a form
// that posts itself; CSP forbids inline scripts, so the submit lives here.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('autopost');
  if (form) {
    form.submit();
  }
});
