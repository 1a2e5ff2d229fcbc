/* lookaside-lint test kit: an older KMDF version beside 1.33, so that tests can see which one is read. */
#pragma once
#define LOOKASIDE_LINT_TEST_KMDF 115
