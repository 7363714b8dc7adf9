import { render } from 'preact';

function App() {
  return (
    <main>
      <h1>Pocket Coach</h1>
      <p>Offline sports-science assistant.</p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
