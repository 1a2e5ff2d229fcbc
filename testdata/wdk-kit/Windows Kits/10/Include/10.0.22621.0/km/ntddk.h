/* lookaside-lint test kit: ntddk.h includes wdm.h, as the real one does. LOOKASIDE_LINT_TEST_KIT is
   defined only here, in this test kit, so that a test can see that the kit's headers were read. */
#pragma once
#include <wdm.h>
#define LOOKASIDE_LINT_TEST_KIT 1
