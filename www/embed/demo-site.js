// The mock news site's own script (not part of newslens): a like counter,
// a highlight switch, and a line that shows the data newslens sends in its
// `newslens:analysis` event. It proves the host page keeps working.
const likeButton = document.getElementById('like');
const likeCount = document.getElementById('like-count');
let likes = 0;
likeButton.addEventListener('click', () => {
  likes += 1;
  likeCount.textContent = String(likes);
});

const lens = document.querySelector('news-lens');
const toggle = document.getElementById('toggle-highlight');
toggle.checked = lens.hasAttribute('highlight');
toggle.addEventListener('change', () => lens.toggleAttribute('highlight', toggle.checked));

const status = document.getElementById('host-status');
const arabic = document.documentElement.lang === 'ar';
document.addEventListener('newslens:analysis', (event) => {
  const { actors, quotes } = event.detail;
  status.textContent = arabic
    ? `newslens: الاقتباسات ${quotes.length}، الفاعلون ${actors.length}`
    : `newslens: ${quotes.length} quotes, ${actors.length} actors`;
});
