import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setSharedDevice } from '../src/ui/device-store';

afterEach(() => {
  cleanup();
  setSharedDevice(false); // also forgets everything stored
  localStorage.clear();
  sessionStorage.clear();
});
