#define FREE(l, p) do { ExFreeToNPagedLookasideList((l), (p)); (p) = NULL; } while (0)
typedef struct { int x; } *PB;
void Work(void *list, PB b)
{
    __try {
        if (!b) __leave;
        b->x = 1;
    } __finally {
        if (b) FREE(list, b);
    }
    if (b == 0) KeBugCheckEx(0x1, 0, 0, 0, 0);
}
