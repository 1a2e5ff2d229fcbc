package dev.lookasidelint.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a finding shows in SARIF: the steps a reviewer follows from the cause to the defect, and
 * the related location the message links to.
 */
class CodeFlowTest {
    @TempDir
    Path temp;

    private JsonNode scan(String fixture) throws IOException {
        Path sarif = temp.resolve("out.sarif");
        int exit = Main.run(new String[] {"scan", "fixtures/" + fixture, "--format", "sarif", "--output", sarif.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, exit);
        return new ObjectMapper().readTree(Files.readString(sarif)).path("runs").path(0).path("results").path(0);
    }

    private static List<String> steps(JsonNode result) {
        List<String> steps = new ArrayList<>();
        for (JsonNode loc : result.path("codeFlows").path(0).path("threadFlows").path(0).path("locations")) {
            JsonNode l = loc.path("location");
            steps.add(l.path("physicalLocation").path("region").path("startLine").asInt() + " " + l.path("message").path("text").asText());
        }
        return steps;
    }

    @Test
    void listNotDeletedShowsInitRegistrationBranchAndTheReturnThatSkipsTheDelete() throws IOException {
        JsonNode result = scan("LAL001/bad/goto_ladder_unload_skips_delete.c");
        assertEquals(List.of(
                "90 'g_ProcEventList' is initialized here",
                "98 'ProcMonUnload' is registered as the unload routine",
                "54 'NT_SUCCESS(status)' is false",
                "67 'ProcMonUnload' returns here without deleting 'g_ProcEventList'"), steps(result));
        JsonNode related = result.path("relatedLocations").path(0);
        assertEquals(67, related.path("physicalLocation").path("region").path("startLine").asInt());
        assertTrue(result.path("message").path("text").asText().contains("](1)"), result.toString());
    }

    @Test
    void listInitializedInAHelperShowsTheCallChainFromDriverEntry() throws IOException {
        List<String> steps = steps(scan("LAL001/bad/init_in_helper_paged_not_deleted.c"));
        assertTrue(steps.get(0).contains("'DriverEntry' calls"), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.contains("is initialized here")), steps.toString());
    }

    @Test
    void useAfterFreeShowsTheFreeThenTheUse() throws IOException {
        JsonNode result = scan("LAL004/bad/alias_used_after_free.c");
        assertEquals(List.of(
                "29 'Request' is freed to lookaside list 'g_TmoRequestList' here",
                "30 'expired' is dereferenced here, after the free"), steps(result));
        assertEquals("TmoExpire", result.path("locations").path(0).path("logicalLocations").path(0).path("name").asText());
    }

    @Test
    void blockFromAnAllocationWrapperNamesTheWrapperAndTheListInTheCallersTerms() throws IOException {
        JsonNode result = scan("LAL008/bad/alloc_wrapper_block_leaked_on_error.c");
        assertEquals(List.of(
                "52 'ctx' is allocated from lookaside list 'g_Scan.StreamCtxList' by 'FltAllocStreamCtx' here",
                "60 the function returns here while 'ctx' still holds the block"), steps(result));
        assertTrue(result.path("message").path("text").asText().contains("(through 'FltAllocStreamCtx')"), result.toString());
    }

    @Test
    void wrapperAllocatedBlockFreedToPoolNamesTheWrapperList() throws IOException {
        JsonNode result = scan("LAL006/bad/alloc_wrapper_block_freed_with_exfreepool.c");
        assertEquals(List.of(
                "37 'context' is allocated from lookaside list 'Adapter->SendContextList' by 'NicAllocSendContext' here",
                "51 'context' is freed to pool here"), steps(result));
    }

    @Test
    void pagedListAtDispatchShowsWhereIrqlWasRaisedThenTheCall() throws IOException {
        JsonNode result = scan("LAL010/bad/lookaside_ex_paged_freed_under_queued_lock.c");
        assertEquals(List.of(
                "38 'KeAcquireInStackQueuedSpinLock' raises IRQL to DISPATCH_LEVEL here",
                "42 paged lookaside list 'Cache->EntryList' is freed to here ('ExFreeToLookasideListEx')"), steps(result));
        JsonNode related = result.path("relatedLocations").path(0);
        assertEquals(38, related.path("physicalLocation").path("region").path("startLine").asInt());
    }
}
