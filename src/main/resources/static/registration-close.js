// LTI Dynamic Registration ends with the org.imsglobal.lti.close message; the platform then closes the
// window or iframe it opened the registration in. It waits for the button so the admin can read the page.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('close-registration');
  if (!button) {
    return;
  }
  button.addEventListener('click', function () {
    var platform = window.opener || (window.parent !== window ? window.parent : null);
    if (platform) {
      platform.postMessage({subject: 'org.imsglobal.lti.close'}, '*');
    } else {
      window.close();
    }
  });
});
