/** Entry point: mounts the app, or explains that the page must be opened by the desktop program. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.ts';
import { App } from './app.tsx';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    {api === null ? <p className="fatal">请通过“血站季报”桌面程序打开此页面。</p> : <App />}
  </StrictMode>,
);
