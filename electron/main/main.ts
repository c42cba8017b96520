import { app, BrowserWindow, ipcMain, protocol, session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { startApp } from '../app/app';
import { channelOf, operationNames } from '../../shared/api/operations';
import { dataDir } from '../config/dataDir';
import { modeFromEnv } from '../config/mode';
import { APP_ORIGIN, createIpcGate } from './ipcGate';
import { WINDOW_CSP } from './csp';
import { safeStorageProtector } from './keyProtector';

// The desktop shell: thin on purpose. Everything it calls is plain Node in electron/services.
const here = __dirname; // dist/electron (bundled as CommonJS)
const rendererDir = join(here, '..', 'renderer');
const electronBinding = join(
  here,
  '..',
  'native',
  `electron-${process.versions.electron}`,
  'better_sqlite3.node',
);

protocol.registerSchemesAsPrivileged([
  {
    scheme: 'app',
    privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
  },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setPath('userData', dataDir());
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(`[schakel] could not start: ${(error as Error).message}`);
      app.quit();
    });
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  const services = await startApp({
    dataDir: dataDir(),
    mode: modeFromEnv(),
    host: 'electron',
    version: app.getVersion(),
    nativeBinding: existsSync(electronBinding) ? electronBinding : undefined,
    keyProtector: safeStorageProtector(),
  });
  app.on('will-quit', () => void services.close());

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  protocol.handle('app', async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(
      join(rendererDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)),
    );
    if (!file.startsWith(normalize(rendererDir) + sep))
      return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': mime(file),
          'Content-Security-Policy': WINDOW_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const gate = createIpcGate(services.handlers);
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      const frame = event.senderFrame;
      return gate(
        { url: frame?.url ?? '', isTopFrame: frame !== null && frame === event.sender.mainFrame },
        name,
        input,
      );
    });
  }

  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Schakel',
    show: false,
    backgroundColor: '#f6f7f8',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  // The window title never carries patient data.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function mime(file: string): string {
  switch (extname(file)) {
    case '.html':
      return 'text/html; charset=utf-8';
    case '.js':
      return 'text/javascript; charset=utf-8';
    case '.css':
      return 'text/css; charset=utf-8';
    case '.svg':
      return 'image/svg+xml';
    case '.png':
      return 'image/png';
    default:
      return 'application/octet-stream';
  }
}
