// TV channel: after a while, move on to the next guide (the link the page names), so a hall screen cycles.
(function () {
    var next = document.getElementById('tv-next');
    if (!next) { return; }
    var seconds = parseInt(next.getAttribute('data-advance-seconds'), 10) || 20;
    setTimeout(function () { window.location.href = next.href; }, seconds * 1000);
})();
