package org.bridgework.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void mapsMadeWithMapOfAreWrittenInTheSameOrderEveryTimeAndBuiltMapsAsBuilt() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("zeta", 1);
        doc.put("counts", Map.of("errors", 0, "warnings", 30, "infos", 12)); // Map.of's order differs between JVM runs
        doc.put("problems", List.of(Map.of("severity", "warning", "code", "x", "message", "m")));
        doc.put("alpha", 2);
        String written = Json.write(doc);
        String expected = """
                {
                  "zeta": 1,
                  "counts": {
                    "errors": 0,
                    "infos": 12,
                    "warnings": 30
                  },
                  "problems": [
                    {
                      "code": "x",
                      "message": "m",
                      "severity": "warning"
                    }
                  ],
                  "alpha": 2
                }""";
        assertEquals(expected, written);
    }
}
