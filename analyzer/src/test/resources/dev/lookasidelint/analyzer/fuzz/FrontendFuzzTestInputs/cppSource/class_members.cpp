class Pool {
public:
    Pool() : list(nullptr) {}
    void *Take() { if (!list) return nullptr; return ExAllocateFromNPagedLookasideList(list); }
    void Give(void *p) { if (p) { ExFreeToNPagedLookasideList(list, p); } }
private:
    void *list;
};
namespace drv { int Run(Pool &p) { void *b = p.Take(); try { p.Give(b); } catch (...) { return 1; } return 0; } }
