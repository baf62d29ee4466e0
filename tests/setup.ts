import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearStored } from '../src/ui/device-store';

afterEach(() => {
  cleanup();
  clearStored();
  localStorage.clear();
  sessionStorage.clear();
});
