// Ceilings, not budgets, for every unit test of the web app: a test waits only as long as the
// page takes, and a busy build machine must not fail it. Vitest allows a test 5 s and
// Testing Library's findBy/waitFor 1 s unless told otherwise.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 60_000 });
