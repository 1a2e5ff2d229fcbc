/* lookaside-lint test kit: an older SDK version beside the newer one, so that tests can see which of
   the two a scan reads. It has no ntddk.h: a source that includes ntddk.h does not find it here. */
#pragma once
