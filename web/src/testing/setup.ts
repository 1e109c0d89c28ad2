import { configure } from '@testing-library/react';

// findBy… waits for a condition; on a busy build machine a render may take seconds, so the
// ceiling is generous (a passing test returns as soon as the condition holds).
configure({ asyncUtilTimeout: 15_000 });
