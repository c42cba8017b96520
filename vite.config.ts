import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built once into dist/renderer and served by the app:// protocol (Electron) or
// the browser host. Relative base so both can serve it from their root.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
