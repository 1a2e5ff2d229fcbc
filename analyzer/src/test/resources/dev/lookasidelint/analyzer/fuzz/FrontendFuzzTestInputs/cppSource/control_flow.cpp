int Loop(int n, int *v)
{
    int i, s = 0;
    for (i = 0; i < n; i++) {
        switch (v[i]) {
        case 0: continue;
        case 1: s++;
        case 2: s += 2; break;
        default: if (s > 9) goto out;
        }
        while (s > 100) { s /= 2; if (s == 7) break; }
        do { s--; } while (s > 50);
    }
out:
    return s ? s : -1;
}
