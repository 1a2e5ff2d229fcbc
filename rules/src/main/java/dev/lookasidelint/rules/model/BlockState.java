package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which pointer paths may hold a block that was freed (with where), where the blocks paths hold were
 * allocated in this function, which locals hold a block the function allocated and still owns (not
 * freed, not handed on), which paths
 * may hold the same pointer ({@code q = p} makes them aliases until either is assigned again), and
 * which parameter paths were assigned since the function was entered, and what the path knows of values.
 *
 * <p>Tracking paths rather than abstract values keeps loops exact: in
 * {@code next = p->Next; ExFreeTo...(&L, p); p = next;} the assignment gives {@code p} the fate of
 * {@code next}, and forgets what was known below the old {@code p}.
 */
public final class BlockState {

    public static final BlockState EMPTY =
            new BlockState(Map.of(), Map.of(), Map.of(), Set.of(), PathFacts.NONE, Set.of());

    private final Map<AccessPath, FreeEvent> freed;
    private final Map<AccessPath, Origin> origins;
    private final Map<AccessPath, Set<AccessPath>> aliases;
    private final Set<AccessPath> assigned;
    private final PathFacts facts;
    private final Set<AccessPath> owned;
    /** States are hashed again and again by the path-sensitive engine and the solver: computed once. */
    private int hash;

    public BlockState(Map<AccessPath, FreeEvent> freed, Map<AccessPath, Origin> origins,
                      Map<AccessPath, Set<AccessPath>> aliases, Set<AccessPath> assigned, PathFacts facts,
                      Set<AccessPath> owned) {
        this.freed = Map.copyOf(freed);
        this.origins = Map.copyOf(origins);
        this.aliases = Map.copyOf(aliases);
        this.assigned = Set.copyOf(assigned);
        this.facts = facts;
        this.owned = Set.copyOf(owned);
    }

    /** The paths whose block is freed on this path, with the free that did it. */
    public Map<AccessPath, FreeEvent> freed() {
        return freed;
    }

    /** Where the block each path holds was allocated in this function. */
    public Map<AccessPath, Origin> origins() {
        return origins;
    }

    /** The paths that may hold the same pointer as each path. */
    public Map<AccessPath, Set<AccessPath>> aliases() {
        return aliases;
    }

    /** The parameter paths assigned since the function was entered. */
    public Set<AccessPath> assigned() {
        return assigned;
    }

    /** What this path knows of values. */
    public PathFacts facts() {
        return facts;
    }

    /** The locals holding a block this function allocated and still owns (not freed, not handed on). */
    public Set<AccessPath> owned() {
        return owned;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof BlockState b && hashCode() == b.hashCode() && freed.equals(b.freed)
                && origins.equals(b.origins) && aliases.equals(b.aliases) && assigned.equals(b.assigned)
                && facts.equals(b.facts) && owned.equals(b.owned);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(freed, origins, aliases, assigned, facts, owned);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return "BlockState[freed=" + freed + ", origins=" + origins + ", aliases=" + aliases + ", assigned="
                + assigned + ", facts=" + facts + ", owned=" + owned + "]";
    }

    /** The block {@code path} holds is handed to another owner (a queue, a field, a callee): not ours to free. */
    public BlockState handOn(AccessPath path) {
        if (!owned.contains(path)) return this;
        Set<AccessPath> w = new HashSet<>(owned);
        w.remove(path);
        w.removeAll(aliases.getOrDefault(path, Set.of()));
        return new BlockState(freed, origins, aliases, assigned, facts, w);
    }

    /**
     * The path learned that {@code path} is NULL ({@code if (p == NULL)}): the allocation it holds
     * failed, so there is no block to own, under that name or its aliases. Dropping it here, not only
     * when a leak is checked, keeps a failed allocation from counting as owned once this path is joined
     * with paths where the block exists ({@code if (!p) continue;} in a loop with many branches).
     */
    public BlockState knownNull(AccessPath path) {
        if (!Boolean.FALSE.equals(facts.truthy().get(path))) return this;
        BlockState s = handOn(path);
        for (AccessPath alias : aliases.getOrDefault(path, Set.of())) s = s.handOn(alias);
        return s;
    }

    /** True when {@code path} is the last local that holds a block this function still owns. */
    public boolean lastOwner(AccessPath path) {
        if (!owned.contains(path)) return false;
        for (AccessPath alias : aliases.getOrDefault(path, Set.of())) {
            if (owned.contains(alias)) return false;
        }
        return true;
    }

    /**
     * The path checked {@code path} for NULL and found it set: its block's origin says so, and keeps
     * saying so after calls that forget what was known of fields ({@code if (!ctx->Buffer) fail;
     * Helper(); ctx->Buffer->Length = n;}).
     */
    public BlockState checkedNonNull(AccessPath path) {
        Origin o = originOf(path);
        if (o == null || !o.canBeNull()) return this;
        Map<AccessPath, Origin> next = new HashMap<>(origins);
        next.put(path, o.checked());
        for (AccessPath alias : aliases.getOrDefault(path, Set.of())) {
            Origin a = next.get(alias);
            if (a != null) next.put(alias, a.checked());
        }
        return new BlockState(freed, next, aliases, assigned, facts, owned);
    }

    /** Where the block {@code path} holds was allocated in this function, or null when unknown. */
    public Origin originOf(AccessPath path) {
        return path == null || path.addressOf() ? null : origins.get(path);
    }

    /** {@code path} now holds a block just allocated from {@code origin}. */
    public BlockState allocated(AccessPath path, Origin origin) {
        Map<AccessPath, Origin> o = new HashMap<>(origins);
        o.put(path, origin);
        Set<AccessPath> w = owned;
        if (path.isVariable() && path.scope() == AccessPath.Scope.LOCAL) {
            w = new HashSet<>(owned);
            w.add(path);
        }
        return new BlockState(freed, o, aliases, assigned, facts, w);
    }

    /** The free of the block {@code path} may hold, or null. */
    public FreeEvent freeOf(AccessPath path) {
        if (path == null || path.addressOf()) return null;
        return freed.get(path);
    }

    /** {@code target = source} (source null for a new value): target takes the source's fate. */
    public BlockState assign(AccessPath target, AccessPath source) {
        // most assignments store a new value (a count, a status, a call's result) in a path this state
        // knows nothing about: nothing to copy
        if (source == null && !tracks(target)
                && !(target.scope() == AccessPath.Scope.PARAM && !assigned.contains(target))) {
            return this;
        }
        Map<AccessPath, FreeEvent> f = new HashMap<>(freed);
        Map<AccessPath, Set<AccessPath>> a = new HashMap<>();
        // the old target, and everything reached through it, is gone
        for (var e : aliases.entrySet()) {
            if (target.isPrefixOf(e.getKey())) continue;
            Set<AccessPath> rest = new HashSet<>(e.getValue());
            rest.removeIf(target::isPrefixOf);
            if (!rest.isEmpty()) a.put(e.getKey(), rest);
        }
        f.keySet().removeIf(target::isPrefixOf);
        Map<AccessPath, Origin> o = new HashMap<>(origins);
        o.keySet().removeIf(target::isPrefixOf);
        if (source != null && !source.addressOf() && !target.isPrefixOf(source)) {
            Origin sourceOrigin = origins.get(source);
            if (sourceOrigin != null) o.put(target, sourceOrigin);
            Set<AccessPath> group = new HashSet<>(a.getOrDefault(source, Set.of()));
            group.add(source);
            for (AccessPath other : group) a.computeIfAbsent(other, k -> new HashSet<>()).add(target);
            a.put(target, group);
            FreeEvent sourceFree = freed.get(source);
            if (sourceFree != null) f.put(target, sourceFree);
        }
        Set<AccessPath> as = assigned;
        // only parameters matter here: the summary asks whether a parameter still names the caller's block
        if (target.scope() == AccessPath.Scope.PARAM && !assigned.contains(target)) {
            as = new HashSet<>(assigned);
            as.add(target);
        }
        Set<AccessPath> w = new HashSet<>(owned);
        w.removeIf(target::isPrefixOf);
        if (source != null && owned.contains(source)) {
            if (target.isVariable() && target.scope() == AccessPath.Scope.LOCAL) {
                w.add(target); // another local name for the same owned block
            } else {
                w.remove(source); // stored in a field, a global, *Out: someone else owns it now
                w.removeAll(aliases.getOrDefault(source, Set.of()));
            }
        }
        AccessPath into = blockPointedInto(source);
        if (into != null && owned.contains(into) && !(target.isVariable() && target.scope() == AccessPath.Scope.LOCAL)) {
            // Prev->Next = &Blk->Link: a chain, queue or field now reaches the block and owns it
            w.remove(into);
            w.removeAll(aliases.getOrDefault(into, Set.of()));
        }
        return new BlockState(f, o, a, as, facts, w);
    }

    /** True when this state knows something of {@code path} or of a path reached through it. */
    private boolean tracks(AccessPath path) {
        for (AccessPath p : freed.keySet()) if (path.isPrefixOf(p)) return true;
        for (AccessPath p : origins.keySet()) if (path.isPrefixOf(p)) return true;
        for (AccessPath p : owned) if (path.isPrefixOf(p)) return true;
        for (var e : aliases.entrySet()) {
            if (path.isPrefixOf(e.getKey())) return true;
            for (AccessPath p : e.getValue()) if (path.isPrefixOf(p)) return true;
        }
        return false;
    }

    /** The block variable whose memory {@code &p->Field} points into, or null for any other value. */
    private static AccessPath blockPointedInto(AccessPath source) {
        if (source == null || !source.addressOf() || source.selectors().isEmpty()) return null;
        if (!source.selectors().get(0).startsWith("->")) return null;
        return AccessPath.variable(source.root(), source.scope());
    }

    /** The block {@code path} holds is freed, and so is every alias of it. */
    public BlockState free(AccessPath path, FreeEvent event) {
        Map<AccessPath, FreeEvent> f = new HashMap<>(freed);
        f.putIfAbsent(path, event);
        for (AccessPath alias : aliases.getOrDefault(path, Set.of())) f.putIfAbsent(alias, event);
        Set<AccessPath> w = new HashSet<>(owned);
        w.remove(path);
        w.removeAll(aliases.getOrDefault(path, Set.of()));
        return new BlockState(f, origins, aliases, assigned, facts, w);
    }

    /**
     * After a call that may write memory: a field reached through a pointer ({@code Bucket->Next}) may
     * no longer hold the block a local copied from it, so the two stop being aliases. What was freed
     * stays freed. ({@code Rec = Bucket->Next; Unlink(&Rec->Link); Free(Rec);} frees Rec, not the next
     * record that Bucket->Next holds after the unlink.)
     */
    public BlockState forgetFieldAliases() {
        if (aliases.keySet().stream().allMatch(AccessPath::isDirectStorage)
                && aliases.values().stream().flatMap(Set::stream).allMatch(AccessPath::isDirectStorage)) {
            return this;
        }
        Map<AccessPath, Set<AccessPath>> a = new HashMap<>();
        for (var e : aliases.entrySet()) {
            if (!e.getKey().isDirectStorage()) continue;
            Set<AccessPath> rest = new HashSet<>(e.getValue());
            rest.removeIf(p -> !p.isDirectStorage());
            if (!rest.isEmpty()) a.put(e.getKey(), rest);
        }
        return new BlockState(freed, origins, a, assigned, facts, owned);
    }

    /** Locals whose scope ended: nothing can use them any more. */
    public BlockState forget(Iterable<String> locals) {
        BlockState s = this;
        for (String name : locals) {
            AccessPath local = AccessPath.variable(name, AccessPath.Scope.LOCAL);
            if (s.freed.keySet().stream().anyMatch(local::isPrefixOf)
                    || s.aliases.keySet().stream().anyMatch(local::isPrefixOf)
                    || s.origins.keySet().stream().anyMatch(local::isPrefixOf)) {
                s = s.assign(local, null);
            }
        }
        return s;
    }

    public BlockState withFacts(PathFacts next) {
        return next == facts ? this : new BlockState(freed, origins, aliases, assigned, next, owned);
    }

    /** True when no prefix of {@code path} was assigned since entry, so it still names what the caller passed. */
    public boolean isUnchangedSinceEntry(AccessPath path) {
        for (AccessPath p : assigned) if (p.isPrefixOf(path)) return false;
        return true;
    }

    public static BlockState join(BlockState x, BlockState y) {
        if (x.equals(y)) return x;
        Map<AccessPath, FreeEvent> f = new HashMap<>(x.freed);
        for (var e : y.freed.entrySet()) {
            f.merge(e.getKey(), e.getValue(), (a, b) -> a.location().compareTo(b.location()) <= 0 ? a : b);
        }
        Map<AccessPath, Set<AccessPath>> a = new HashMap<>();
        for (var e : x.aliases.entrySet()) a.put(e.getKey(), new HashSet<>(e.getValue()));
        for (var e : y.aliases.entrySet()) a.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(e.getValue());
        Set<AccessPath> as = new HashSet<>(x.assigned);
        as.addAll(y.assigned);
        // a block's origin survives the join only where both paths agree on the allocation; where only
        // one of them checked it for NULL, the joined path may not have
        Map<AccessPath, Origin> o = new HashMap<>();
        for (var e : x.origins.entrySet()) {
            Origin joined = Origin.join(e.getValue(), y.origins.get(e.getKey()));
            if (joined != null) o.put(e.getKey(), joined);
        }
        Set<AccessPath> w = new HashSet<>(x.owned);
        w.addAll(y.owned); // owned on some path: a leak there is a leak
        return new BlockState(f, o, a, as, PathFacts.join(x.facts, y.facts), w);
    }
}
