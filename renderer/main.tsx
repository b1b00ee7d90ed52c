/** Mounts the app. Without a bridge there is nothing to show but an explanation. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hasBridge } from './api';
import { App } from './App';
import { DamagedLibraryGate } from './backups/DamagedLibrary';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NoticeProvider } from './components/Notices';
import { ColorsProvider } from './highlights/colors';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/dialogs.css';
import './styles/highlights.css';
import './styles/tags.css';
import './styles/palette.css';
import './styles/backlinks.css';
import './styles/notes.css';
import './styles/export.css';
import './styles/search.css';
import './styles/review.css';
import './styles/workspace.css';
import './styles/settings.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    {hasBridge() ? (
      <ErrorBoundary area="Commonplace">
        <NoticeProvider>
          <DamagedLibraryGate>
            <ColorsProvider>
              <App />
            </ColorsProvider>
          </DamagedLibraryGate>
        </NoticeProvider>
      </ErrorBoundary>
    ) : (
      <main className="no-bridge" aria-label="Commonplace">
        <h1>Commonplace can’t reach its library</h1>
        <p>This page needs the Commonplace app around it. Start Commonplace again; if you are previewing in a browser, open the address that `npm run preview` printed, token included.</p>
      </main>
    )}
  </StrictMode>,
);
