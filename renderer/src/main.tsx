import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromLocation } from './api/client';
import { App } from './App';
import './styles.css';

takeTokenFromLocation();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
