package dev.lookasidelint.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project configuration file: what a good file declares, and the one line each bad file gets. */
class ProjectConfigLoaderTest {
    @TempDir
    Path temp;

    private Path write(String json) throws IOException {
        Path file = temp.resolve(".lookaside-lint.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void goodFileDeclaresEachWrapperAsADdiWithUpperCaseFamilyAndItsArguments() throws Exception {
        Path file = write("""
                { "wrappers": [
                    { "name": "MyAllocBuffer", "role": "allocate", "family": "npaged", "list": 0 },
                    { "name": "MyFreeBuffer",  "role": "free", "family": "npaged", "list": 0, "block": 1 },
                    { "name": "POOL_CACHE_INIT", "role": "initialize", "family": "ex", "list": 1 },
                    { "name": "DrvPoolFree", "role": "pool_free", "block": 0 },
                    { "name": "DrvLogBlock", "role": "borrow", "block": 2 } ] }
                """);
        ProjectConfig config = ProjectConfigLoader.load(file);
        assertEquals(file, config.file());
        assertEquals(List.of(
                new Ddi("MyAllocBuffer", DdiRole.ALLOCATE, "NPAGED", 0, -1),
                new Ddi("MyFreeBuffer", DdiRole.FREE, "NPAGED", 0, 1),
                new Ddi("POOL_CACHE_INIT", DdiRole.INITIALIZE, "EX", 1, -1),
                new Ddi("DrvPoolFree", DdiRole.POOL_FREE, "POOL", -1, 0),
                new Ddi("DrvLogBlock", DdiRole.BORROW, "-", -1, 2)), config.wrappers());
    }

    @Test
    void emptyObjectAndEmptyListDeclareNothing() throws Exception {
        assertEquals(List.of(), ProjectConfigLoader.load(write("{}")).wrappers());
        assertEquals(List.of(), ProjectConfigLoader.load(write("{ \"wrappers\": [] }")).wrappers());
    }

    @Test
    void mergedTableLooksUpWrappersLikeDdisAndKeepsTheBuiltIns() throws Exception {
        ProjectConfig config = ProjectConfigLoader.load(write(
                "{ \"wrappers\": [ { \"name\": \"MyFree\", \"role\": \"free\", \"family\": \"paged\", \"list\": 1, \"block\": 0 } ] }"));
        DdiTable table = DdiTable.builtIn().with(config.wrappers());
        assertEquals(DdiRole.FREE, table.lookup("MyFree").role());
        assertEquals(1, table.lookup("MyFree").listArgument());
        assertEquals(DdiRole.FREE, table.lookup("ExFreeToNPagedLookasideList").role());
        assertEquals(null, DdiTable.builtIn().lookup("MyFree"), "the built-in table is not changed");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            { "wrappers": [ { "name": "A", "role": "allocate", "family": "npaged" "list": 0 } ] }  | 1 | was expecting comma
            {\\n  "wrapers": [] }                                                                   | 2 | unknown key 'wrapers' (known: wrappers, rules, exclude)
            { "wrappers": [\\n { "name": "A", "role": "allocate", "family": "npaged", "list": 0, "lsit": 1 } ] } | 2 | unknown key 'lsit' in a wrapper
            { "wrappers": [\\n\\n { "name": "A", "role": "alloc", "family": "npaged", "list": 0 } ] } | 3 | unknown role 'alloc' (one of: initialize, allocate
            { "wrappers": [ { "name": "A", "role": "allocate", "family": "nonpaged", "list": 0 } ] } | 1 | unknown family 'nonpaged' (one of: ex, npaged, paged, ndis)
            { "wrappers": [\\n { "role": "allocate", "family": "npaged", "list": 0 } ] }            | 2 | a wrapper has no 'name'
            { "wrappers": [ { "name": "A", "role": "free", "family": "npaged",\\n "list": -1, "block": 1 } ] } | 2 | 'list' must be a 0-based argument index, not -1
            { "wrappers": [ { "name": "A", "role": "free", "family": "npaged", "list": 0 } ] }      | 1 | wrapper 'A' has no 'block'
            { "wrappers": [ { "name": "A", "role": "allocate", "family": "npaged" } ] }            | 1 | wrapper 'A' has no 'list'
            { "wrappers": [ { "name": "A", "role": "allocate", "list": 0 } ] }                     | 1 | wrapper 'A' has no 'family'
            { "wrappers": [ { "name": "A", "family": "npaged", "list": 0 } ] }                     | 1 | wrapper 'A' has no 'role'
            { "wrappers": [ { "name": "A", "role": "wdf_create", "family": "npaged", "list": 0 } ] } | 1 | unknown role 'wdf_create'
            { "wrappers": [ { "name": "A", "role": "pool_free", "family": "npaged", "block": 0 } ] } | 1 | role pool_free has family 'pool'
            { "wrappers": [ { "name": "A", "role": "allocate", "family": "npaged", "list": "0" } ] } | 1 | 'list' must be a 0-based argument index (a whole number)
            { "wrappers": [ { "name": "ExFreePool", "role": "pool_free", "block": 0 } ] }          | 1 | 'ExFreePool' is a built-in DDI
            { "wrappers": [ { "name": "A B", "role": "pool_free", "block": 0 } ] }                 | 1 | wrapper name 'A B' is not a C identifier
            { "wrappers": [ { "name": "A", "role": "pool_free", "block": 0 },\\n { "name": "A", "role": "pool_free", "block": 0 } ] } | 2 | wrapper 'A' is declared twice
            { "wrappers": { "name": "A" } }                                                        | 1 | 'wrappers' must be an array of objects
            [ ]                                                                                    | 1 | the file must hold one JSON object
            { "wrappers": [], "wrappers": [] }                                                     | 1 | Duplicate field 'wrappers'
            { } { }                                                                                | 1 | text after the end of the JSON object
            """)
    void badFileIsOneLineNamingTheFileTheLineAndTheProblem(String json, int line, String problem) throws IOException {
        Path file = write(json.replace("\\n", "\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(file));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void unreadableFileIsAProblemWithoutALine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(temp.resolve("none.json")));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith(temp.resolve("none.json") + ": cannot read"), e.getMessage());
    }

    /** The file comes with the scanned tree: a value from it must not forge extra lines or flood the terminal. */
    @Test
    void valuesQuotedInAMessageAreOneShortLine() throws IOException {
        Path file = write("{\"wrappers\":[{\"name\":\"W\",\"role\":\"x\\n\\tat java.lang.Thread.run(Thread.java:1)\\u001b[2J\"}]}");
        ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(file));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown role 'x\\u000a\\u0009at java.lang.Thread.run(Thread.java:1)\\u001b[2J'"), e.getMessage());

        Path huge = write("{\"wrappers\":[{\"name\":\"" + "A".repeat(1_000_000) + "\"}]}");
        ConfigException e2 = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(huge));
        assertTrue(e2.getMessage().endsWith(": wrapper '" + "A".repeat(60) + "...' has no 'role'"), e2.getMessage());
    }

    @Test
    void rulesChangeLevelsOrTurnRulesOffAndExcludeTakesGlobs() throws IOException, ConfigException {
        ProjectConfig config = ProjectConfigLoader.load(write("""
                { "rules": { "LAL008": "off", "LAL004": "warning" },
                  "exclude": [ "third_party/**", "generated/*.c" ] }
                """));
        assertEquals(java.util.Map.of("LAL008", "off", "LAL004", "warning"), config.levels());
        assertTrue(config.excludes("third_party/lib/x.c"));
        assertTrue(config.excludes("generated/tables.c"));
        assertTrue(!config.excludes("driver/queue.c"));
    }

    @Test
    void unknownRulesAndLevelsAreProblems() throws IOException {
        ConfigException rule = assertThrows(ConfigException.class,
                () -> ProjectConfigLoader.load(write("{ \"rules\": { \"LAL099\": \"off\" } }")));
        assertTrue(rule.problem().contains("unknown rule 'LAL099'"), rule.getMessage());
        ConfigException level = assertThrows(ConfigException.class,
                () -> ProjectConfigLoader.load(write("{ \"rules\": { \"LAL004\": \"loud\" } }")));
        assertTrue(level.problem().contains("unknown level 'loud'"), level.getMessage());
    }

    @Test
    void yamlSaysTheSameAsJsonAndItsProblemsNameTheirYamlLine() throws IOException, ConfigException {
        Path yaml = temp.resolve(".lookaside-lint.yaml");
        Files.writeString(yaml, """
                # our wrappers and levels
                wrappers:
                  - name: MyAllocBuffer
                    role: allocate
                    family: npaged
                    list: 0
                rules:
                  LAL012: "off"
                exclude:
                  - third_party/**
                """);
        ProjectConfig config = ProjectConfigLoader.load(yaml);
        assertEquals("MyAllocBuffer", config.wrappers().get(0).name());
        assertEquals(java.util.Map.of("LAL012", "off"), config.levels());
        assertTrue(config.excludes("third_party/zlib/inflate.c"));

        Files.writeString(yaml, "wrappers:\n  - name: W\n    role: sometimes\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(yaml));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.problem().contains("unknown role 'sometimes'"), e.getMessage());

        Files.writeString(yaml, "rules:\n  LAL012: \"unterminated\n");
        ConfigException syntax = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(yaml));
        assertTrue(syntax.problem().startsWith("not valid YAML"), syntax.getMessage());
        assertEquals(1, syntax.getMessage().lines().count(), syntax.getMessage());
    }
}
