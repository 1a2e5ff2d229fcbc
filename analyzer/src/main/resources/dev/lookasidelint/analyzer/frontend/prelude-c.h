/* C only: the spellings of structured exception handling that excpt.h gives C code. */
#define try if (__lal_seh_try)
#define except(x) else if (__lal_seh_except(x))
#define finally else if (__lal_seh_finally)
#define leave goto __lal_seh_leave
