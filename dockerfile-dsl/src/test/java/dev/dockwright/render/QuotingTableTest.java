package dev.dockwright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QuotingTableTest {

  static List<QuotingTable.Row> rows() {
    return QuotingTable.ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rendersExactlyOrRefuses(QuotingTable.Row row) {
    if (row.isRefused()) {
      assertThatThrownBy(() -> QuotingTable.render(row.form(), row.sample()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(row.refusal());
    } else {
      assertThat(QuotingTable.render(row.form(), row.sample())).isEqualTo(row.rendered());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aValueSpansLinesOnlyInsideAHeredoc(QuotingTable.Row row) {
    if (row.isRefused()) {
      return;
    }
    String[] lines = row.rendered().split("\n");
    assertThat(lines[0]).startsWith(row.form().name().replaceAll("_.*", "") + " ");
    boolean heredoc = lines[0].endsWith("<<EOF");
    if (!heredoc) {
      assertThat(lines).hasSize(1);
    } else {
      assertThat(lines[lines.length - 1]).isEqualTo("EOF");
    }
  }

  @Test
  void theTableHasEveryValueInEveryForm() {
    assertThat(QuotingTable.SAMPLES).hasSize(13);
    Set<String> cells = QuotingTable.ROWS.stream()
        .map(r -> r.sample().name() + "/" + r.form())
        .collect(Collectors.toSet());
    assertThat(cells).hasSize(13 * EnumSet.allOf(QuotingTable.Form.class).size());
    assertThat(QuotingTable.ROWS).hasSize(cells.size());
  }
}
