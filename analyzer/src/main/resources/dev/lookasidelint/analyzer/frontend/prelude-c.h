/* C only: the spellings of structured exception handling that excpt.h gives C code. */
#define try if (__lal_seh_try)
#define except(x) else if (__lal_seh_except(x))
#define finally else if (__lal_seh_finally)
#define leave goto __lal_seh_leave
/* C only (C++ has the keyword): C11's assertion at file or block scope, which CDT's C parser does not know */
#define _Static_assert(e, m) typedef char __lal_static_assert[(e) ? 1 : -1]
#define static_assert(e, m) typedef char __lal_static_assert[(e) ? 1 : -1]
