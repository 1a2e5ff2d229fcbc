package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private final JsonReport report = new JsonReport("0.1.0");

    @Test
    void writesTheDocumentedFormat() throws Exception {
        String expected = """
                {
                  "tool": "lookaside-lint",
                  "version": "0.1.0",
                  "root": "/src/drv",
                  "executionSuccessful": false,
                  "findings": [
                    {
                      "ruleId": "LAL001",
                      "severity": "error",
                      "message": "Lookaside list 'g_List' is initialized but not deleted on unload.",
                      "path": "src/init.c",
                      "line": 12,
                      "column": 5,
                      "endLine": 12,
                      "endColumn": 40,
                      "function": "DriverEntry",
                      "related": [
                        {
                          "id": 1,
                          "path": "src/unload.c",
                          "line": 30,
                          "column": 1,
                          "message": "DriverUnload returns without deleting the list."
                        }
                      ],
                      "codeFlows": [
                        [
                          {
                            "path": "src/init.c",
                            "line": 12,
                            "column": 5,
                            "message": "list initialized"
                          },
                          {
                            "path": "src/unload.c",
                            "line": 30,
                            "column": 1,
                            "message": "unload routine returns; list still initialized"
                          }
                        ]
                      ]
                    },
                    {
                      "ruleId": "LAL004",
                      "severity": "error",
                      "message": "Block 'blk' is used after it was freed to its lookaside list.",
                      "path": "src/my dir/größe.c",
                      "line": 7,
                      "column": 9,
                      "endLine": 7,
                      "endColumn": 20,
                      "function": "FreeThenUse",
                      "related": [
                        {
                          "id": 1,
                          "path": "src/my dir/größe.c",
                          "line": 5,
                          "column": 5,
                          "message": "freed here"
                        }
                      ],
                      "codeFlows": [
                        [
                          {
                            "path": "src/my dir/größe.c",
                            "line": 5,
                            "column": 5,
                            "message": "freed to g_List"
                          },
                          {
                            "path": "src/my dir/größe.c",
                            "line": 7,
                            "column": 9,
                            "message": "used"
                          }
                        ],
                        [
                          {
                            "path": "src/my dir/größe.c",
                            "line": 6,
                            "column": 9,
                            "message": "freed to g_List on the error path"
                          },
                          {
                            "path": "src/my dir/größe.c",
                            "line": 7,
                            "column": 9,
                            "message": "used"
                          }
                        ]
                      ]
                    },
                    {
                      "ruleId": "LAL008",
                      "severity": "warning",
                      "message": "Block allocated from Ext->Lists[0] is leaked.",
                      "path": "src/my dir/größe.c",
                      "line": 20,
                      "column": 15,
                      "endLine": 20,
                      "endColumn": 58,
                      "function": null,
                      "related": [
                        {
                          "id": 1,
                          "path": "src/my dir/größe.c",
                          "line": 25,
                          "column": 5,
                          "message": "return [early] \\\\ path"
                        }
                      ],
                      "codeFlows": []
                    }
                  ],
                  "notifications": [
                    {
                      "level": "warning",
                      "path": "src/bad.c",
                      "line": 3,
                      "message": "2 parse problems; results may be incomplete"
                    },
                    {
                      "level": "note",
                      "path": "src/odd.c",
                      "line": 0,
                      "message": "no functions"
                    },
                    {
                      "level": "error",
                      "path": null,
                      "line": 0,
                      "message": "cannot read src/gone.c"
                    }
                  ],
                  "statistics": {
                    "files": 4,
                    "lines": 1234,
                    "functions": 17,
                    "filesWithParseProblems": 1,
                    "parseMillis": 250,
                    "analysisMillis": 80
                  }
                }
                """;
        assertEquals(expected, report.render(SampleScan.scan()));
        StringWriter out = new StringWriter();
        report.write(SampleScan.scan(), out);
        assertEquals(expected, out.toString());
    }

    @Test
    void aCleanScanHasEmptyArrays() {
        String expected = """
                {
                  "tool": "lookaside-lint",
                  "version": "0.1.0",
                  "root": "/src/drv",
                  "executionSuccessful": true,
                  "findings": [],
                  "notifications": [],
                  "statistics": {
                    "files": 1,
                    "lines": 10,
                    "functions": 1,
                    "filesWithParseProblems": 0,
                    "parseMillis": 5,
                    "analysisMillis": 1
                  }
                }
                """;
        assertEquals(expected, report.render(SampleScan.emptyScan()));
    }
}
