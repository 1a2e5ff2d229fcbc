package dev.lookasidelint.rules.ddi;

/**
 * One lookaside DDI. {@code listArgument} is the index of the argument that points to the list header
 * (or, for {@code WdfLookasideListCreate}, receives the handle); {@code blockArgument} the index of the
 * block for frees, or -1; {@code sizeArgument} the index of the entry size an Initialize gives the list's
 * blocks, or -1.
 */
public record Ddi(String name, DdiRole role, String family, int listArgument, int blockArgument, int sizeArgument) {

    public Ddi(String name, DdiRole role, String family, int listArgument, int blockArgument) {
        this(name, role, family, listArgument, blockArgument, -1);
    }
}
