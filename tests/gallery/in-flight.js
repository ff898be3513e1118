/* Counts the gallery page's requests in flight (uploads, cascades), before any other script runs:
   what the page holds is final only when none are. */
(function () {
  let inFlight = 0;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    inFlight++;
    this.addEventListener('loadend', () => inFlight--);
    return send.apply(this, args);
  };
  const fetchOnce = window.fetch;
  window.fetch = (...args) => {
    inFlight++;
    return fetchOnce(...args).finally(() => inFlight--);
  };
  window.__galleryBusy = () => inFlight > 0;
})();
