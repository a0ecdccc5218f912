// Signs in, then goes back to the page that asked (only a path on this server).
document.getElementById('signin').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await Entwine.api('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: document.getElementById('name').value,
        password: document.getElementById('password').value,
      }),
    });
    const next = Entwine.params().get('next') || '/';
    location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  } catch (err) {
    Entwine.showError(err);
  }
});
