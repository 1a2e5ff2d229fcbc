package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.ir.StoredType;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.EntrySizes.EntrySize;
import dev.lookasidelint.rules.model.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * LAL013 entry-size-too-small: a block is used as a pointer to a struct larger than the entry size its
 * list was initialized with. The block is "used as" a type where it is cast to it or stored in a variable
 * or field of that type: the result of the allocate call itself ({@code (PBIG)ExAllocateFrom...(&L)},
 * {@code PBIG p = ExAllocateFrom...(&L)}), or a later copy of a pointer that holds the block
 * ({@code PBIG q = (PBIG)p}), whose list the block analysis knows. Sizes come from the front end; where
 * either size is unknown the rule says nothing.
 */
final class EntrySizeTooSmall extends BlockRule {

    EntrySizeTooSmall(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (op instanceof Op.Call call && call.resultType() != null) {
            Origin origin = context.blockLifetime().allocation(f, call, context.blockSummaries());
            if (origin != null) check(context, f, origin, call.resultType(), call.location(), reporter);
        } else if (op instanceof Op.Assign a && a.storedAs() != null && a.source() != null) {
            Origin origin = state.originOf(a.source());
            if (origin != null) check(context, f, origin, a.storedAs(), a.location(), reporter);
        }
    }

    private void check(RuleContext context, Function f, Origin origin, StoredType type, SourceLocation at,
                       Reporter reporter) {
        if (origin.isPool() || origin.list() == null) return;
        EntrySize entry = context.entrySizes().of(f, origin.list());
        if (entry == null || type.pointeeSize() <= entry.bytes()) return;
        String list = origin.listText();
        String size = entry.bytes() + " bytes" + (entry.text().length() <= 80 ? " (" + entry.text() + ")" : "");
        String message = "'" + type.name() + "' (" + type.pointeeSize() + " bytes) is used for a block of '" + list
                + "', whose entries are " + size + ". Writing the larger struct runs past the end of the"
                + " block and corrupts the pool memory after it.";
        String initStep = "'" + list + "' is initialized with entries of " + size;
        String allocStep = "a block is allocated from '" + list + "'";
        String useStep = "the block is used as '" + type.name() + "' (" + type.pointeeSize() + " bytes)";
        List<RelatedLocation> related = new ArrayList<>();
        related.add(new RelatedLocation(1, entry.initialize(), initStep));
        List<TraceStep> flow = new ArrayList<>();
        flow.add(new TraceStep(entry.initialize(), initStep));
        if (origin.location().equals(at)) {
            flow.add(new TraceStep(at, allocStep + " and used as '" + type.name() + "' (" + type.pointeeSize()
                    + " bytes)"));
        } else {
            related.add(new RelatedLocation(2, origin.location(), allocStep));
            flow.add(new TraceStep(origin.location(), allocStep));
            flow.add(new TraceStep(at, useStep));
        }
        reporter.report(at + "\u0000" + type.name(), new Finding(info().id(), info().severity(), message, at,
                f.name(), related, List.of(flow)));
    }
}
