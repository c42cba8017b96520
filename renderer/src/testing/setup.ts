// Vitest setup for every test file. Testing Library waits 1 s by default for `findBy…` and
// `waitFor`; on a busy two-core CI machine a first render can take longer than that without
// anything being wrong. Five seconds still fails a screen that never shows what it should.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
